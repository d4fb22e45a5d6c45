/** The staffpath mark and name. */
export function Brand() {
  return (
    <span className="brand">
      <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true" className="brand-mark">
        <rect width="32" height="32" rx="7" />
        <path d="M8 23 L14 15 L18 19 L24 9" />
      </svg>
      <span className="brand-name">staffpath</span>
    </span>
  );
}
