/** The empty timeline before the first entry: what to log, with examples, and the button to log it. */
import { NotebookPen, NotebookText } from 'lucide-react';
import { useCapture } from '../../app/capture.js';
import { Kbd } from '../../components/bits.js';

const EXAMPLES = [
  {
    title: 'Cut CI time for the monorepo from 22 min to 9 min',
    facts: ['Developer speed', 'CI time: 22 → 9 min', 'Platform, Mobile'],
  },
  {
    title: 'Wrote the RFC that moved billing off the legacy queue; three teams signed off on one migration plan',
    facts: ['Technical direction', 'Influence', 'Billing, Payments, SRE'],
  },
  {
    title: 'Paired with Sam on three incidents; Sam now leads incident reviews on their own',
    facts: ['Mentoring', 'Reliability'],
  },
];

export function FirstEntryEmptyState() {
  const capture = useCapture();
  return (
    <div className="empty ev-empty">
      <div className="empty-icon" aria-hidden="true">
        <NotebookText size={28} />
      </div>
      <h2 className="empty-title">Start your brag document</h2>
      <div className="empty-body">
        <p>
          Log what you would otherwise forget by review time: decisions you drove, problems you unblocked, people you
          helped, numbers that moved. A single line is enough; details can come later.
        </p>
      </div>
      <ul className="ev-examples" aria-label="Examples of entries">
        {EXAMPLES.map((ex) => (
          <li key={ex.title} className="ev-example">
            <span className="ev-example-title">{ex.title}</span>
            <span className="ev-example-facts">
              {ex.facts.map((f) => (
                <span key={f} className="chip">
                  {f}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <div className="empty-action">
        <button type="button" className="btn btn-primary" onClick={() => capture.open()}>
          <NotebookPen size={16} aria-hidden="true" /> Log your first entry
        </button>
        <p className="muted small ev-empty-hint">
          Or press <Kbd>c</Kbd> on any page.
        </p>
      </div>
    </div>
  );
}
