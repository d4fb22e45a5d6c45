import { KeyRound } from 'lucide-react';
import type { AccessToken } from '../../api/types.js';
import { Time } from '../../components/bits.js';
import { isExpired } from './tokenExpiry.js';

/** One access token: its scopes, when it was last used, when it expires; revoke it. */
export function TokenRow({ token: t, onRevoke }: { token: AccessToken; onRevoke(): void }) {
  const expired = isExpired(t.expiresAt);
  return (
    <li className="list-row token-row">
      <KeyRound size={18} aria-hidden="true" className="row-icon" />
      <div className="grow">
        <div className="strong">
          {t.name}{' '}
          {t.scopes.map((s) => (
            <span key={s} className="badge">
              {s}
            </span>
          ))}
          {expired && <span className="badge badge-danger">Expired</span>}
        </div>
        <div className="muted small">
          Created <Time value={t.createdAt} /> ·{' '}
          {t.lastUsedAt ? (
            <>
              last used <Time value={t.lastUsedAt} />
            </>
          ) : (
            'never used'
          )}{' '}
          ·{' '}
          {t.expiresAt ? (
            <>
              {expired ? 'expired' : 'expires'} <Time value={t.expiresAt} />
            </>
          ) : (
            'no expiry'
          )}
        </div>
      </div>
      <button type="button" className="btn btn-small btn-danger-quiet" onClick={onRevoke} aria-label={`Revoke ${t.name}`}>
        Revoke
      </button>
    </li>
  );
}
