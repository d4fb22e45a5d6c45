import { Copy, KeyRound, TriangleAlert } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { CreatedToken } from '../../api/types.js';

/** The new token's secret, shown once, selected and ready to copy. */
export function NewTokenBanner({ token, onDone }: { token: CreatedToken; onDone(): void }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
    } catch {
      inputRef.current?.select();
      setCopied(false);
    }
  }
  return (
    <div className="token-once" role="region" aria-labelledby="token-once-title">
      <h3 id="token-once-title" className="token-once-title">
        <KeyRound size={16} aria-hidden="true" /> Your new token “{token.name}”
      </h3>
      <p className="token-once-warning">
        <TriangleAlert size={16} aria-hidden="true" />
        <strong>Copy it now.</strong> You won't be able to see it again. Anyone with this token can act as you.
      </p>
      <div className="input-group">
        <label htmlFor="new-token" className="visually-hidden">
          Token
        </label>
        <input id="new-token" ref={inputRef} className="mono" value={token.token} readOnly onFocus={(e) => e.target.select()} />
        <button type="button" className="btn btn-primary" onClick={copy}>
          <Copy size={16} aria-hidden="true" /> {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="field-hint" aria-live="polite">
        {copied === true
          ? 'Copied to the clipboard.'
          : copied === false
            ? 'Copying is blocked here; the token is selected, press Ctrl+C or ⌘C.'
            : 'Use it as a Bearer token: Authorization: Bearer <token>.'}
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          I've saved it
        </button>
      </div>
    </div>
  );
}
