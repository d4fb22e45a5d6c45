import { useSession } from './session.js';

/** What shows while we find out who is signed in (or if the server is down). */
export function Splash() {
  const session = useSession();
  if (session.status === 'error') {
    return (
      <div className="splash">
        <div className="card auth-card" role="alert">
          <h1 className="auth-title">Can't reach staffpath</h1>
          <p className="muted">{session.bootError ?? 'The server did not answer.'}</p>
          <button type="button" className="btn btn-primary" onClick={session.retry}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="splash" role="status" aria-live="polite">
      <span className="visually-hidden">Loading staffpath…</span>
    </div>
  );
}
