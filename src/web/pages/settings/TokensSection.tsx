import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { AccessToken, CreatedToken } from '../../api/types.js';
import { EmptyState, Loading } from '../../components/bits.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { FormError } from '../../components/Form.js';
import { useToast } from '../../components/Toast.js';
import { NewTokenBanner } from './NewTokenBanner.js';
import { TokenForm } from './TokenForm.js';
import { TokenRow } from './TokenRow.js';
import { useTokenForm } from './useTokenForm.js';
import { useTokens } from './useTokens.js';

export function TokensSection() {
  const toast = useToast();
  const tokens = useTokens();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  // The draft lives here, so it outlasts the one-time banner that replaces the form.
  const form = useTokenForm(tokens, setCreated);
  const items = tokens.tokens;

  return (
    <section className="card settings-section" aria-labelledby="tokens">
      <h2 id="tokens" className="card-title">
        Personal access tokens
      </h2>
      <p className="muted small">
        For the staffpath command line and your scripts. A token acts as you, within the scopes you give it.
      </p>

      {created ? <NewTokenBanner token={created} onDone={() => setCreated(null)} /> : <TokenForm form={form} />}

      <h3 className="subheading">Your tokens</h3>
      <FormError message={tokens.error ? errorMessage(tokens.error) : null} />
      {tokens.loading && !items.length ? (
        <Loading label="Loading tokens…" />
      ) : items.length === 0 ? (
        <EmptyState title="No tokens yet">
          <p>
            Create one for each place you use staffpath from, such as “laptop CLI” with read and write, or “weekly report
            script” with read only.
          </p>
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Your tokens">
          {items.map((t) => (
            <TokenRow key={t.id} token={t} onRevoke={() => setRevoking(t)} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(o) => !o && setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        description="Anything using this token stops working at once. This can't be undone; you can create a new token later."
        confirmLabel="Revoke token"
        onConfirm={async () => {
          if (!revoking) return;
          await tokens.revoke(revoking.id);
          toast({ message: `Revoked ${revoking.name}.` });
        }}
      />
    </section>
  );
}
