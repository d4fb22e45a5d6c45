/** One entry read-only: the offer to resume a kept draft, its header and actions, the Markdown and its facts. */
import { ArrowLeft, Pencil, Trash2, TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import type { Evidence } from '../../api/types.js';
import { PageHeader } from '../../components/bits.js';
import { AudienceBadge, DimensionChips, ImpactBadge, InitiativeLink, LinkList, MetricList } from '../../components/EvidenceBits.js';
import { MarkdownView } from '../../components/MarkdownView.js';
import { audienceSummary, formatLongDay, formatTimeIn, sourceOrigin } from '../../lib/evidence.js';
import { writeStoredDraft } from './storedDraft.js';
import type { EntryEditorState } from './useEntryEditor.js';

export function EntryView({ id, entry, state }: { id: string; entry: Evidence; state: EntryEditorState }) {
  const { me, owners, stored, setStored, pending, isOwner, startEditing, remove } = state;
  const ownerName = isOwner ? null : owners.get(entry.ownerId)?.name ?? '…';
  const resumable = stored && isOwner ? stored : null;

  return (
    <div className="page ev-detail">
      <Link to="/evidence" className="back-link">
        <ArrowLeft size={14} aria-hidden="true" /> Evidence
      </Link>
      {resumable && (
        <div className="notice notice-warning resume" role="status">
          <TriangleAlert size={16} aria-hidden="true" />
          <span className="grow">You have unsaved changes to this entry from {formatTimeIn(resumable.savedAt, me.timeZone)}.</span>
          <button type="button" className="btn btn-small" onClick={() => startEditing(resumable.draft, { evidence: entry, etag: resumable.etag })}>
            Resume editing
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => {
              writeStoredDraft(id, null);
              setStored(null);
            }}
          >
            Discard
          </button>
        </div>
      )}
      <PageHeader
        title={entry.title}
        documentTitle={entry.title}
        description={
          <span className="ev-detail-sub">
            <time dateTime={entry.occurredOn}>{formatLongDay(entry.occurredOn)}</time>
            <span aria-hidden="true">·</span>
            <AudienceBadge audience={entry.audience} />
            {ownerName && (
              <>
                <span aria-hidden="true">·</span>
                <span>Logged by {ownerName}</span>
              </>
            )}
          </span>
        }
        actions={
          isOwner ? (
            <>
              <button type="button" className="btn" onClick={() => startEditing()} disabled={pending}>
                <Pencil size={16} aria-hidden="true" /> Edit
              </button>
              <button type="button" className="btn btn-danger-quiet" onClick={() => void remove()} disabled={pending}>
                <Trash2 size={16} aria-hidden="true" /> Delete
              </button>
            </>
          ) : undefined
        }
      />
      <div className="ev-detail-grid">
        <div className="card ev-body">
          <MarkdownView source={entry.body} empty={isOwner ? 'No details yet. Edit the entry to add the context, what you did and what changed.' : 'No details.'} />
        </div>
        <aside className="ev-facts card" aria-label="About this entry">
          <dl className="facts">
            <div>
              <dt>Dimensions</dt>
              <dd>{entry.dimensions.length ? <DimensionChips ids={entry.dimensions} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Impact</dt>
              <dd>{entry.impact ? <ImpactBadge impact={entry.impact} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Metrics</dt>
              <dd>{entry.metrics.length ? <MetricList metrics={entry.metrics} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Teams</dt>
              <dd>
                {entry.teams.length ? (
                  <span className="chips">
                    {entry.teams.map((t) => (
                      <span key={t} className="chip">
                        {t}
                      </span>
                    ))}
                  </span>
                ) : (
                  <span className="muted">None</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Initiative</dt>
              <dd>{entry.initiativeId ? <InitiativeLink id={entry.initiativeId} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Links</dt>
              <dd>{entry.links.length ? <LinkList links={entry.links} /> : <span className="muted">None</span>}</dd>
            </div>
            <div>
              <dt>Visible to</dt>
              <dd>
                <AudienceBadge audience={entry.audience} />
                <span className="muted small block">{audienceSummary(entry.audience).description}</span>
              </dd>
            </div>
            <div>
              <dt>Logged</dt>
              <dd className="small">
                {formatTimeIn(entry.createdAt, me.timeZone)}
                {entry.source !== 'manual' && <span className="muted"> · from {sourceOrigin(entry.source)}</span>}
                {entry.updatedAt !== entry.createdAt && <span className="muted block">Changed {formatTimeIn(entry.updatedAt, me.timeZone)}</span>}
              </dd>
            </div>
          </dl>
        </aside>
      </div>
    </div>
  );
}
