import { Monitor } from 'lucide-react';
import type { Session } from '../../api/types.js';
import { Time } from '../../components/bits.js';
import { describeUserAgent, formatDate } from '../../lib/format.js';

/** One signed-in device; any but this one can be signed out from here. */
export function SessionRow({ session: s, onSignOut }: { session: Session; onSignOut(): void }) {
  return (
    <li className="list-row session-row">
      <Monitor size={18} aria-hidden="true" className="row-icon" />
      <div className="grow">
        <div className="strong">
          {describeUserAgent(s.userAgent)} {s.current && <span className="badge badge-accent">This device</span>}
        </div>
        <div className="muted small">
          Signed in <Time value={s.createdAt} /> · last active <Time value={s.lastSeenAt} fallback="unknown" />
          {s.expiresAt && (
            <>
              {' '}
              · expires <Time value={s.expiresAt} />
            </>
          )}
        </div>
      </div>
      {!s.current && (
        <button
          type="button"
          className="btn btn-small"
          aria-label={`Sign out ${describeUserAgent(s.userAgent)}, signed in ${formatDate(s.createdAt)}`}
          onClick={onSignOut}
        >
          Sign out
        </button>
      )}
    </li>
  );
}
