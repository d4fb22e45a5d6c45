/** The readiness section: each dimension strong, developing or a gap against the level shown, with reasons. */
import { errorMessage, isApiError } from '../../api/client.js';
import type { Readiness } from '../../api/types.js';
import { Loading } from '../../components/bits.js';
import { FormError } from '../../components/Form.js';
import type { ApiQuery } from '../../data/queries.js';
import { ReadinessCard } from './ReadinessCard.js';

export function ReadinessPanel({
  readiness,
  isMe,
  subjectId,
  levelName,
  firstName,
}: {
  readiness: ApiQuery<Readiness>;
  isMe: boolean;
  subjectId: string;
  levelName: string;
  firstName: string;
}) {
  return (
    <section className="fw-section" aria-labelledby="readiness-heading">
      <div className="section-head fw-section-head">
        <h2 id="readiness-heading" className="fw-h2">
          Readiness for {levelName}
        </h2>
        {readiness.data && <span className="muted small">Evidence from the last {readiness.data.windowMonths} months{isMe ? '' : ' that you can see'}</span>}
      </div>
      {readiness.error ? (
        <FormError
          message={
            isApiError(readiness.error) && readiness.error.status === 404
              ? `Readiness is visible to ${firstName}, their managers and their active mentors.`
              : errorMessage(readiness.error)
          }
        />
      ) : !readiness.data ? (
        <Loading label="Working out readiness…" />
      ) : (
        <>
          <p className="muted small fw-ready-legend">
            Each dimension is <strong>strong</strong>, <strong>developing</strong> or a <strong>gap</strong> against {levelName}, with the reasons —
            never an unexplained score.
          </p>
          <ul className="fw-ready-list" aria-label={`Readiness for ${levelName} per dimension`}>
            {readiness.data.dimensions.map((d) => (
              <ReadinessCard key={d.id} item={d} isMe={isMe} subjectId={subjectId} levelName={levelName} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
