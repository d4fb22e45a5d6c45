/** How one problem in an imported framework file is said: "line 12 (dimensions[2].levels.staff): message". */
export function problemLine(e: { message: string; line?: number; field?: string; pointer: string }): string {
  // The server's message already starts with "line 12, column 3 (field): "; say it our way.
  const bare = e.message.replace(/^line \d+(?:, column \d+)?(?: \([^)]*\))?:\s*/, '');
  if (e.line === undefined) return e.pointer && e.pointer !== '/' ? `${e.pointer}: ${bare}` : bare;
  return `line ${e.line}${e.field ? ` (${e.field})` : ''}: ${bare}`;
}
