/** One dimension's readiness: status, reasons, facts and what to do next. */
import { ClipboardCheck, NotebookPen, Search } from 'lucide-react';
import { Link } from 'react-router';
import type { DimensionReadiness } from '../../api/types.js';
import { useCapture } from '../../app/capture.js';
import { useMe } from '../../app/session.js';
import { StatusBadge } from '../../components/FrameworkBits.js';
import { formatDay, formatLongDay, todayIn } from '../../lib/evidence.js';

export function ReadinessCard({
  item,
  isMe,
  subjectId,
  levelName,
}: {
  item: DimensionReadiness;
  isMe: boolean;
  subjectId: string;
  levelName: string;
}) {
  const capture = useCapture();
  const me = useMe();
  const today = todayIn(me.timeZone);
  const f = item.facts;
  const needsWork = item.status !== 'strong';
  const evidenceLink = isMe ? `/evidence?dimension=${encodeURIComponent(item.id)}` : `/evidence?owner=reports&dimension=${encodeURIComponent(item.id)}`;
  return (
    <li className={`card fw-ready fw-ready-${item.status}`}>
      <div className="fw-ready-head">
        <h3 className="fw-ready-name">{item.name}</h3>
        <StatusBadge status={item.status} />
      </div>
      <ul className="fw-reasons" aria-label={`Why ${item.name} is ${item.status === 'gap' ? 'a gap' : item.status}`}>
        {item.reasons.map((r) => (
          <li key={r.code}>{r.text}</li>
        ))}
      </ul>
      <dl className="fw-facts">
        <div>
          <dt>Evidence</dt>
          <dd className="num">{f.evidence}</dd>
        </div>
        <div>
          <dt>Teams</dt>
          <dd className="num">{f.teams}</dd>
        </div>
        <div>
          <dt>Measured</dt>
          <dd className="num">{f.measured}</dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd className="num">{f.latest ? <time dateTime={f.latest} title={formatLongDay(f.latest)}>{formatDay(f.latest, today)}</time> : '—'}</dd>
        </div>
      </dl>
      <div className="fw-next" role="group" aria-label={`What to do next for ${item.name}`}>
        {needsWork && <span className="fw-next-label">Next:</span>}
        <Link to={evidenceLink} className="btn btn-small">
          <Search size={14} aria-hidden="true" /> {isMe ? 'Your' : 'Their'} {item.name.toLowerCase()} evidence
        </Link>
        {isMe && needsWork && (
          <button type="button" className="btn btn-small" onClick={() => capture.open({ dimensions: [item.id] })}>
            <NotebookPen size={14} aria-hidden="true" /> Log evidence
          </button>
        )}
        {isMe && needsWork && !f.selfRating && (
          <Link to="/framework/assess/me?kind=self" className="btn btn-small">
            <ClipboardCheck size={14} aria-hidden="true" /> Rate yourself
          </Link>
        )}
        {!isMe && needsWork && (
          <Link to={`/framework/assess/${encodeURIComponent(subjectId)}?kind=manager`} className="btn btn-small">
            <ClipboardCheck size={14} aria-hidden="true" /> Assess against {levelName}
          </Link>
        )}
      </div>
    </li>
  );
}
