/** The assessments section: the latest shared self and manager assessments side by side, a radar chart, and the history. */
import { ClipboardCheck } from 'lucide-react';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.js';
import type { Assessment, Dimension, Page, Person, Readiness } from '../../api/types.js';
import { EmptyState, Loading } from '../../components/bits.js';
import { FormError } from '../../components/Form.js';
import type { ApiQuery } from '../../data/queries.js';
import type { LevelInfo } from '../../data/vocabulary.js';
import { AssessmentHistory } from './AssessmentHistory.js';
import { SideBySide } from './AssessmentsSideBySide.js';
import { radarOf } from './radarData.js';
import { ratingsView } from './ratingsView.js';

const FrameworkRadar = lazy(() => import('../../components/RadarChart.js'));

export function AssessmentsPanel({
  assessments,
  readiness,
  frameworkId,
  dimensions,
  levels,
  level,
  levelName,
  me,
  subject,
  subjectId,
  isMe,
  isReport,
  firstName,
}: {
  assessments: ApiQuery<Page<Assessment>>;
  /** The readiness answer, when the caller may see it: its facts say which ratings count. */
  readiness: Readiness | null | undefined;
  frameworkId: string;
  dimensions: Dimension[];
  levels: readonly LevelInfo[];
  level: string;
  levelName: string;
  me: Person;
  subject: Person | null;
  subjectId: string;
  isMe: boolean;
  isReport: boolean;
  firstName: string;
}) {
  const items = useMemo(() => assessments.data?.items ?? [], [assessments.data]);
  const view = useMemo(
    () => ratingsView(items, dimensions.map((d) => d.id), (id) => levels.some((l) => l.id === id), readiness),
    [items, dimensions, levels, readiness],
  );
  const { self, manager } = view.latest;
  const radar = radarOf(view, dimensions, levels, level, levelName);

  return (
    <section className="fw-section" aria-labelledby="assessments-heading">
      <div className="section-head fw-section-head">
        <h2 id="assessments-heading" className="fw-h2">
          Assessments
        </h2>
      </div>
      <FormError message={assessments.error ? errorMessage(assessments.error) : null} />
      {assessments.loading && !assessments.data ? (
        <Loading label="Loading assessments…" />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<ClipboardCheck size={28} />}
          title={isMe ? 'No assessments yet' : `No assessments of ${firstName} you can see`}
          action={
            isMe ? (
              <Link to="/framework/assess/me?kind=self" className="btn btn-primary">
                Rate yourself
              </Link>
            ) : subject ? (
              <Link to={`/framework/assess/${encodeURIComponent(subject.id)}?kind=${isReport ? 'manager' : 'peer'}`} className="btn btn-primary">
                Assess {firstName}
              </Link>
            ) : undefined
          }
        >
          {isMe ? (
            <p>
              Rate yourself on each dimension against the framework’s levels — for example “Scope: Senior → Staff,
              the checkout migration touched three teams” — and share it. When your manager shares theirs, the two
              appear side by side here, with the differences marked.
            </p>
          ) : (
            <p>A shared self-assessment or manager assessment of {firstName} will appear here, side by side.</p>
          )}
        </EmptyState>
      ) : (
        <>
          {self || manager ? (
            <div className="fw-assess-grid">
              <SideBySide dimensions={dimensions} levels={levels} view={view} subjectLabel={isMe ? 'Your self-assessment' : `${firstName}'s self-assessment`} />
              <Suspense fallback={<Loading label="Drawing the chart…" />}>
                <FrameworkRadar
                  data={radar.data}
                  levels={levels}
                  series={{ self: radar.data.some((d) => d.self !== null), manager: radar.data.some((d) => d.manager !== null) }}
                  summary={radar.summary}
                  caption={`Rings are levels; halfway between two rings means “between levels”. Target: ${levelName}.`}
                />
              </Suspense>
            </div>
          ) : (
            <p className="muted">Nothing shared yet: drafts stay private to their author until shared.</p>
          )}
          {!manager && isMe && self && <p className="muted small fw-hint">Your manager has not shared an assessment of you yet. Ask them to rate you on the same rubric.</p>}
          {[self, manager].some((a) => a && a.frameworkId !== frameworkId) && (
            <p className="notice fw-hint" role="note">
              Some of these assessments were made against another framework ({[self, manager].filter((a) => a && a.frameworkId !== frameworkId).map((a) => `${a?.frameworkKey} version ${a?.frameworkVersion}`).filter((v, i, all) => all.indexOf(v) === i).join(', ')}); dimensions it does not share with the current one show as not rated. A new
              assessment uses the current framework.
            </p>
          )}
          <AssessmentHistory items={items} levels={levels} dimensions={dimensions} me={me} subjectId={subjectId} />
        </>
      )}
    </section>
  );
}
