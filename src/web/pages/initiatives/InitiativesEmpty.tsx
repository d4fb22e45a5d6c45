/** What belongs in the list, with an example, and the way to start one. */
import { Target } from 'lucide-react';
import { EmptyState, Kbd } from '../../components/bits.js';

export function InitiativesEmpty({ filtered, onNew }: { filtered: boolean; onNew(): void }) {
  if (filtered) {
    return (
      <EmptyState icon={<Target size={28} />} title="No initiatives match">
        <p>Nothing here with these filters. Try another status, or look at everyone’s.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={<Target size={28} />}
      title="No initiatives yet"
      action={
        <button type="button" className="btn btn-primary" onClick={onNew}>
          New initiative
        </button>
      }
    >
      <p>
        Pick one problem that matters beyond your team — several teams feel it, or the business does — and write it up as a
        one-page plan: the problem, why it matters, who it touches, who has to agree and how you will know it worked.
      </p>
      <p className="muted">
        For example: “Checkout latency hurts conversion for three product teams; bring p95 from 800 ms to 200 ms by Q3.”
        Press <Kbd>n</Kbd> to start one.
      </p>
    </EmptyState>
  );
}
