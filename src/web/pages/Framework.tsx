/**
 * The framework page: what the target level expects, assessments side by side with the
 * manager's, a radar chart, and readiness with its reasons.
 *
 *   /framework                      mine
 *   /framework?person=<id>          a report's (managers, mentors)
 *   ?level=<levelId>                the level to show (default: the person's target level)
 *   ?ask=peer                       opens "Ask a colleague for a peer assessment"
 */
import { ClipboardCheck, Compass, ExternalLink, MessageSquarePlus } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, errorMessage, isApiError } from '../api/client.js';
import type { Assessment, Page, Person, Readiness } from '../api/types.js';
import { useMe } from '../app/session.js';
import { EmptyState, Loading, PageHeader } from '../components/bits.js';
import { FormError } from '../components/Form.js';
import { useFramework } from '../data/framework.js';
import { keys } from '../data/keys.js';
import { usePerson } from '../data/people.js';
import { useApiQuery } from '../data/queries.js';
import { AssessmentsPanel } from './framework/AssessmentsPanel.js';
import { Expectations } from './framework/ExpectationsPanel.js';
import { PeerRequestDialog } from './framework/PeerRequestDialog.js';
import { ReadinessPanel } from './framework/ReadinessPanel.js';
import { inMyReportingLine } from './framework/reportingLine.js';
import { TargetNotice } from './framework/TargetNotice.js';

export default function FrameworkPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const personParam = params.get('person');
  const subjectId = personParam && personParam !== 'me' ? personParam : me.id;
  const isMe = subjectId === me.id;
  const { framework, error: frameworkError, levels, defaultTargetLevel } = useFramework();

  const other = usePerson(isMe ? null : subjectId);
  const subject: Person | null = isMe ? me : (other.data ?? null);

  const targetLevel = subject?.targetLevel ?? null;
  const targetKnown = Boolean(targetLevel && levels.some((l) => l.id === targetLevel));
  const requested = params.get('level');
  const level = requested && levels.some((l) => l.id === requested) ? requested : targetKnown && targetLevel ? targetLevel : defaultTargetLevel();
  const levelName = levels.find((l) => l.id === level)?.name ?? level;

  const assessments = useApiQuery(keys.assessments.list({ subject: subjectId }), (signal) =>
    api.get<Page<Assessment>>('/assessments', { query: { subject: isMe ? 'me' : subjectId }, signal }),
  );
  const readiness = useApiQuery(
    keys.readiness.of(subjectId, { level }),
    (signal) => api.get<Readiness>(`/people/${isMe ? 'me' : encodeURIComponent(subjectId)}/readiness`, { query: { level }, signal }),
    { enabled: Boolean(framework && subject) },
  );

  const [askOpen, setAskOpen] = useState(false);
  const askFromUrl = params.get('ask') === 'peer';
  const setLevel = (next: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === (targetKnown ? targetLevel : null)) copy.delete('level');
        else copy.set('level', next);
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  const closeAsk = (open: boolean) => {
    setAskOpen(open);
    if (!open && askFromUrl) {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.delete('ask');
          return copy;
        },
        { replace: true },
      );
    }
  };

  const dimensions = framework?.definition.dimensions ?? [];

  const firstName = subject ? (subject.name.split(/\s+/)[0] ?? subject.name) : '';
  const isReport = !isMe && inMyReportingLine(subject);

  const title = isMe ? 'Framework' : subject ? `${subject.name}: framework` : 'Framework';
  const frameworkLabel = framework ? `${framework.name} · version ${framework.version}` : '';

  if (frameworkError && !framework) {
    return (
      <div className="page">
        <PageHeader title="Framework" />
        <FormError message={errorMessage(frameworkError)} />
      </div>
    );
  }
  if (!isMe && other.error) {
    return (
      <div className="page">
        <PageHeader title="Framework" />
        <EmptyState icon={<Compass size={28} />} title="Nobody to show">
          <p>{isApiError(other.error) && other.error.status === 404 ? 'That person does not exist, or you cannot see them.' : errorMessage(other.error)}</p>
          <p>
            <Link to="/framework">Back to your own framework</Link>
          </p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page fw-page">
      <PageHeader
        title={title}
        documentTitle={isMe ? 'Framework' : `${subject?.name ?? 'Someone'} · Framework`}
        description={
          framework ? (
            <>
              {isMe ? 'What your target level expects, how you and your manager rate you, and what the evidence says.' : `What ${levelName} expects, how ${firstName} rates themselves beside their manager's view, and what the evidence you can see says.`}{' '}
              <span className="fw-framework-name">{frameworkLabel}</span>
            </>
          ) : undefined
        }
        actions={
          isMe ? (
            <>
              <button type="button" className="btn" onClick={() => setAskOpen(true)}>
                <MessageSquarePlus size={16} aria-hidden="true" /> Ask for a peer assessment
              </button>
              <Link to="/framework/assess/me?kind=self" className="btn btn-primary">
                <ClipboardCheck size={16} aria-hidden="true" /> Rate yourself
              </Link>
            </>
          ) : subject ? (
            <Link to={`/framework/assess/${encodeURIComponent(subject.id)}?kind=${isReport ? 'manager' : 'peer'}`} className="btn btn-primary">
              <ClipboardCheck size={16} aria-hidden="true" /> Assess {firstName}
            </Link>
          ) : undefined
        }
      />

      {!framework || (!isMe && !subject) ? (
        <Loading label="Loading the framework…" />
      ) : (
        <>
          {!targetKnown && subject && <TargetNotice subject={subject} isMe={isMe} levels={levels} />}

          <nav className="fw-toc" aria-label="On this page">
            <a href="#expectations-heading">Expectations</a>
            <a href="#assessments-heading">Assessments</a>
            <a href="#readiness-heading">Readiness</a>
          </nav>

          <Expectations
            dimensions={dimensions}
            levels={levels}
            level={level}
            targetLevel={targetKnown ? targetLevel : null}
            onLevel={setLevel}
            frameworkLabel={`${framework.definition.levels.length} levels · ${dimensions.length} dimensions`}
          />

          <AssessmentsPanel
            assessments={assessments}
            readiness={readiness.data}
            frameworkId={framework.id}
            dimensions={dimensions}
            levels={levels}
            level={level}
            levelName={levelName}
            me={me}
            subject={subject}
            subjectId={subjectId}
            isMe={isMe}
            isReport={isReport}
            firstName={firstName}
          />

          <ReadinessPanel readiness={readiness} isMe={isMe} subjectId={subjectId} levelName={levelName} firstName={firstName} />

          {isMe && (
            <p className="fw-foot muted small">
              <ExternalLink size={12} aria-hidden="true" /> Want the framework as a file?{' '}
              <a href={`/api/v1/frameworks/${encodeURIComponent(framework.id)}/export`} download>
                Download it as YAML
              </a>
            </p>
          )}
        </>
      )}

      {isMe && <PeerRequestDialog open={askOpen || askFromUrl} onOpenChange={closeAsk} me={me} />}
    </div>
  );
}
