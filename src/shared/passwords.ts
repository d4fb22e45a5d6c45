/**
 * The password rule, once: the core enforces it on every door (API, CLI, import); the web
 * reads it to say the rule before a round trip. A leaf module, imported by both.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** The message for a password that breaks the rule, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return null;
}
