import { CalendarClock, NotebookPen } from 'lucide-react';
import { useCapture } from '../../app/capture.js';
import { Kbd } from '../../components/bits.js';

/** The nudge when nothing was logged this week. */
export function NothingThisWeek() {
  const capture = useCapture();
  return (
    <section className="card home-nudge" aria-labelledby="nudge-heading">
      <CalendarClock size={20} aria-hidden="true" className="home-nudge-icon" />
      <div className="grow">
        <h2 id="nudge-heading" className="home-nudge-title">
          Nothing logged this week
        </h2>
        <p className="muted">
          What moved forward? A review you gave, a decision you unblocked, a number that changed. One line now saves an
          hour of digging at review time.
        </p>
      </div>
      <button type="button" className="btn btn-primary" onClick={() => capture.open()} aria-keyshortcuts="C">
        <NotebookPen size={16} aria-hidden="true" /> Log evidence
        <span className="hide-narrow">
          <Kbd>c</Kbd>
        </span>
      </button>
    </section>
  );
}
