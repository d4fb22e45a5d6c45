import { useEffect, type ReactNode } from 'react';

export function AuthLayout({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · staffpath`;
  }, [title]);
  return (
    <div className="auth">
      <main className="auth-main" id="main">
        <div className="auth-brand" aria-hidden="true">
          <svg viewBox="0 0 32 32" width="28" height="28" className="brand-mark">
            <rect width="32" height="32" rx="7" />
            <path d="M8 23 L14 15 L18 19 L24 9" />
          </svg>
          <span className="brand-name">staffpath</span>
        </div>
        <div className="card auth-card">
          <h1 className="auth-title">{title}</h1>
          {intro && <div className="auth-intro">{intro}</div>}
          {children}
        </div>
      </main>
    </div>
  );
}
