/** Readiness for your target level, one line per dimension (the server works it out). */
import { Link } from 'react-router';
import { api, errorMessage } from '../../api/client.js';
import type { Person, Readiness } from '../../api/types.js';
import { useFramework } from '../../data/framework.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';
import { ReadinessLine } from './ReadinessLine.js';

export function HomeReadiness({ me }: { me: Person }) {
  const { framework, levelName, isKnownLevel } = useFramework();
  const targetKnown = isKnownLevel(me.targetLevel);
  const readiness = useApiQuery(
    keys.readiness.of(me.id, { framework: framework?.id, target: me.targetLevel }),
    (signal) => api.get<Readiness>('/people/me/readiness', { signal }),
    { enabled: Boolean(framework) && targetKnown },
  );
  const counts = { strong: 0, developing: 0, gap: 0 };
  for (const d of readiness.data?.dimensions ?? []) counts[d.status] += 1;
  return (
    <section className="card home-readiness" aria-labelledby="readiness-heading">
      <div className="section-head">
        <h2 id="readiness-heading" className="card-title">
          Readiness for {levelName(me.targetLevel)}
        </h2>
        <Link to="/framework#readiness-heading" className="small">
          Details
        </Link>
      </div>
      {framework && !targetKnown ? (
        <p className="muted">
          Your target level is not a level of the current framework. Choose one under <a href="#home-target-level">Your goal</a>.
        </p>
      ) : readiness.error ? (
        <p className="muted">Readiness could not be worked out. {errorMessage(readiness.error)}</p>
      ) : !readiness.data ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="muted small ready-summary">
            {counts.strong} strong · {counts.developing} developing · {counts.gap} {counts.gap === 1 ? 'gap' : 'gaps'}. Hover, focus or tap a
            line for the reasons.
          </p>
          <ul className="ready-lines" aria-label="Readiness per dimension">
            {readiness.data.dimensions.map((d) => (
              <ReadinessLine key={d.id} item={d} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
