import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { Loading } from '../../components/bits.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { FormError } from '../../components/Form.js';
import { useToast } from '../../components/Toast.js';
import { SessionRow } from './SessionRow.js';
import { useSessions } from './useSessions.js';

export function SessionsSection() {
  const toast = useToast();
  const { sessions, others, loading, error, signOut, signOutOthers } = useSessions();
  const [confirmOthers, setConfirmOthers] = useState(false);

  async function signOutOne(id: string) {
    try {
      await signOut(id);
      toast({ message: 'Session signed out.' });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="sessions">
      <div className="section-head">
        <h2 id="sessions" className="card-title">
          Sessions
        </h2>
        <button type="button" className="btn" disabled={others.length === 0} onClick={() => setConfirmOthers(true)}>
          Sign out other sessions
        </button>
      </div>
      <p className="muted small">Where you are signed in. Sign out anything you don't recognise.</p>
      <FormError message={error ? errorMessage(error) : null} />
      {loading && !sessions.length ? (
        <Loading label="Loading sessions…" />
      ) : (
        <ul className="list" aria-label="Sessions">
          {sessions.map((s) => (
            <SessionRow key={s.id} session={s} onSignOut={() => void signOutOne(s.id)} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirmOthers}
        onOpenChange={setConfirmOthers}
        title="Sign out other sessions?"
        description={`This signs you out on ${others.length} other ${others.length === 1 ? 'device' : 'devices'}. You stay signed in here.`}
        confirmLabel="Sign them out"
        onConfirm={async () => {
          await signOutOthers();
          toast({ message: 'Other sessions were signed out.' });
        }}
      />
    </section>
  );
}
