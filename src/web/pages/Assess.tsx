/**
 * Rate someone (or yourself) on the framework: one row per dimension with a level, "between
 * this and the next level", a note and links to evidence.
 *
 *   /framework/assess/me?kind=self
 *   /framework/assess/<personId>?kind=manager|peer
 *
 * Drafts save by themselves a moment after each change (and with "Save draft"); sharing is
 * final and asks once. Problems from the server (`/ratings/2/level`) show beside the field.
 */
import { ArrowLeft, Send, Trash2, TriangleAlert } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, errorMessage, isApiError } from '../api/client.js';
import type { Assessment, AssessmentKind, Page } from '../api/types.js';
import { useMe } from '../app/session.js';
import { Loading, PageHeader, Time } from '../components/bits.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { FormError } from '../components/Form.js';
import { useFramework } from '../data/framework.js';
import { keys } from '../data/keys.js';
import { usePerson } from '../data/people.js';
import { useApiQuery } from '../data/queries.js';
import { isAssessmentKind, KIND_LABELS } from '../lib/assessments.js';
import { formatDate } from '../lib/format.js';
import { EMPTY_ROW } from './assess/draft.js';
import { RatingRow } from './assess/RatingRow.js';
import { useAssessmentDraft } from './assess/useAssessmentDraft.js';
import { inMyReportingLine } from './framework/reportingLine.js';

export default function AssessPage() {
  const me = useMe();
  const { personId = 'me' } = useParams();
  const [params, setParams] = useSearchParams();
  const isMe = personId === 'me' || personId === me.id;
  const subjectId = isMe ? me.id : personId;
  const { framework, levels } = useFramework();
  const dimensions = useMemo(() => framework?.definition.dimensions ?? [], [framework]);

  const other = usePerson(isMe ? null : subjectId);
  const subject = isMe ? me : (other.data ?? null);
  const asked = params.get('kind');
  const kind: AssessmentKind = isMe ? 'self' : isAssessmentKind(asked) && asked !== 'self' ? asked : inMyReportingLine(subject) ? 'manager' : 'peer';
  const kindMismatch = isMe && asked !== null && asked !== 'self';

  const existing = useApiQuery(keys.assessments.list({ subject: subjectId }), (signal) =>
    api.get<Page<Assessment>>('/assessments', { query: { subject: isMe ? 'me' : subjectId }, signal }),
  );

  const { rows, draft, startedFrom, loadedKey, key, saveState, titles, remember, ratings, problems, wrongFramework, setRow, saveNow, share, remove } = useAssessmentDraft({
    isMe,
    subjectId,
    subject,
    kind,
    framework,
    levels,
    dimensions,
    existing,
  });
  const [confirmShare, setConfirmShare] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const firstName = subject ? (subject.name.split(/\s+/)[0] ?? subject.name) : '';
  const back = isMe ? '/framework' : `/framework?person=${encodeURIComponent(subjectId)}`;
  const title = isMe ? 'Rate yourself' : subject ? `Assess ${subject.name}` : 'Assess';
  const rated = ratings.length;

  if (!isMe && other.error) {
    return (
      <div className="page page-narrow">
        <PageHeader title="Assess" />
        <FormError message={isApiError(other.error) && other.error.status === 404 ? 'That person does not exist, or you cannot see them.' : errorMessage(other.error)} />
      </div>
    );
  }

  return (
    <div className="page as-page">
      <Link to={back} className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> {isMe ? 'Framework' : `${subject?.name ?? 'Their'} framework`}
      </Link>
      <PageHeader
        title={title}
        documentTitle={title}
        description={
          isMe
            ? 'Where you stand on each dimension, in your own view. It stays a private draft until you share it with your managers.'
            : `A ${kind} assessment of ${firstName} on the same rubric. It stays your private draft until you share it with ${firstName} and their managers.`
        }
      />

      {!framework || !existing.data || (!isMe && !subject) || loadedKey !== key ? (
        existing.error ? <FormError message={errorMessage(existing.error)} /> : <Loading label="Loading the form…" />
      ) : (
        <form className="as-form" onSubmit={saveNow} noValidate aria-label={title}>
          {kindMismatch && (
            <div className="notice notice-warning" role="status">
              <TriangleAlert size={16} aria-hidden="true" />
              <span>You rate yourself with a self-assessment; managers and peers rate you with theirs.</span>
            </div>
          )}
          {!isMe && (
            <div className="segmented as-kind" role="group" aria-label="Kind of assessment">
              {(['manager', 'peer'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  className="segmented-item"
                  aria-pressed={kind === k}
                  onClick={() =>
                    setParams(
                      (current) => {
                        const copy = new URLSearchParams(current);
                        copy.set('kind', k);
                        return copy;
                      },
                      { replace: true },
                    )
                  }
                >
                  {k === 'manager' ? 'As their manager' : 'As a peer'}
                </button>
              ))}
            </div>
          )}
          <p className="muted small as-meta">
            {framework.name} · version {framework.version}
            {draft ? (
              <>
                {' '}
                · draft started <Time value={draft.createdAt} />
              </>
            ) : startedFrom?.sharedAt ? (
              <> · starting from your assessment shared on {formatDate(startedFrom.sharedAt)}</>
            ) : null}
          </p>
          {wrongFramework && (
            <div className="notice notice-warning" role="status">
              <TriangleAlert size={16} aria-hidden="true" />
              <span>This draft was started against another version of the framework. Delete it to start again with the current one.</span>
            </div>
          )}
          <FormError message={problems.form} />

          <div className="as-rows">
            {dimensions.map((d) => (
              <RatingRow
                key={d.id}
                dimension={d}
                levels={levels}
                row={rows[d.id] ?? EMPTY_ROW}
                onChange={(row) => setRow(d.id, row)}
                problems={problems.byField}
                ownerId={isMe ? 'me' : subjectId}
                titles={titles}
                remember={remember}
              />
            ))}
          </div>

          <div className="as-actions">
            <span className="as-status muted small" aria-live="polite">
              {rated} of {dimensions.length} rated ·{' '}
              {saveState.kind === 'saving'
                ? 'Saving…'
                : saveState.kind === 'dirty'
                  ? 'Unsaved changes'
                  : saveState.kind === 'error'
                    ? 'Not saved'
                    : saveState.kind === 'saved'
                      ? 'Draft saved'
                      : 'Not saved yet'}
            </span>
            <span className="grow" />
            {draft && (
              <button type="button" className="btn btn-danger-quiet" onClick={() => setConfirmDelete(true)}>
                <Trash2 size={16} aria-hidden="true" /> Delete draft
              </button>
            )}
            <button type="submit" className="btn" disabled={saveState.kind === 'saving'}>
              Save draft
            </button>
            <button type="button" className="btn btn-primary" disabled={rated === 0 || wrongFramework} onClick={() => setConfirmShare(true)}>
              <Send size={16} aria-hidden="true" /> Share…
            </button>
          </div>
        </form>
      )}

      <ConfirmDialog
        open={confirmShare}
        onOpenChange={setConfirmShare}
        tone="primary"
        title={`Share this ${KIND_LABELS[kind].toLowerCase()}?`}
        description={
          <>
            Sharing makes it final: it can no longer be edited, and it becomes visible to {isMe ? 'you and your managers' : `${firstName} and their managers`}. To change your view later,
            start a new one. {rated < dimensions.length ? `${dimensions.length - rated} of ${dimensions.length} dimensions are not rated.` : 'Every dimension is rated.'}
          </>
        }
        confirmLabel="Share"
        onConfirm={share}
      />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title="Delete this draft?"
        description="The ratings and notes in it are gone for good. Shared assessments are not affected."
        confirmLabel="Delete draft"
        onConfirm={remove}
      />
    </div>
  );
}
