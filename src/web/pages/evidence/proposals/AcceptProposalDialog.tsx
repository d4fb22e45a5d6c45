/**
 * Accepting a proposal: the entry form, filled in from the proposal, for the owner to edit
 * before it goes into their log. The fields are the quick capture's details (one form for
 * every way an entry is written); saving posts the edited entry to the proposal's accept.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { EvidenceProposal } from '../../../api/types.js';
import { CaptureDetails } from '../../../app/capture/CaptureDetails.js';
import { useMe } from '../../../app/session.js';
import { Modal } from '../../../components/Dialog.js';
import { draftMetrics, type EvidenceDraft, type MetricProblem } from '../../../components/EvidenceFields.js';
import { InitiativeSelect } from '../../../components/evidence-fields/InitiativeSelect.js';
import { Field, FormError, problemsOf } from '../../../components/Form.js';
import { todayIn } from '../../../lib/evidence.js';
import { EVIDENCE_LIMITS } from '../../../../shared/evidence-limits.js';
import { FIELDS } from '../entryFields.js';
import { useProposalActions } from './useProposals.js';

const BODY_ID = 'accept-proposal-body';

function draftFrom(p: EvidenceProposal, audience: EvidenceDraft['audience']): EvidenceDraft {
  return {
    title: p.title,
    body: p.body,
    occurredOn: p.occurredOn,
    dimensions: [...p.dimensions],
    impact: p.impact,
    metrics: [],
    teams: [...p.teams],
    links: [...p.links],
    audience: [...audience],
    initiativeId: p.initiativeId,
  };
}

export function AcceptProposalDialog({ proposal, onClose }: { proposal: EvidenceProposal | null; onClose(): void }) {
  const me = useMe();
  const { accept } = useProposalActions();
  const [draft, setDraft] = useState<EvidenceDraft | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [metricProblems, setMetricProblems] = useState<MetricProblem[]>([]);
  const [pending, setPending] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const defaultAudience = (me.defaultAudience ?? ['manager']).join(',');

  useEffect(() => {
    setDraft(proposal ? draftFrom(proposal, defaultAudience ? (defaultAudience.split(',') as EvidenceDraft['audience']) : []) : null);
    setError(null);
    setMetricProblems([]);
  }, [proposal, defaultAudience]);

  const set = (patch: Partial<EvidenceDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const problems = problemsOf(error, FIELDS);
  const today = todayIn(me.timeZone);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (!proposal || !draft || pending) return;
    const { metrics, problems: bad } = draftMetrics(draft.metrics);
    setMetricProblems(bad);
    if (bad.length) return;
    setPending(true);
    setError(null);
    try {
      await accept(proposal, {
        title: draft.title.trim(),
        body: draft.body,
        occurredOn: draft.occurredOn || today,
        dimensions: draft.dimensions,
        impact: draft.impact,
        metrics,
        teams: draft.teams,
        links: draft.links,
        audience: draft.audience,
        initiativeId: draft.initiativeId ?? null,
      });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  function onKey(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <Modal
      open={proposal !== null}
      onOpenChange={(open) => !open && !pending && onClose()}
      title="Add to your evidence"
      description="Change anything first. Nothing is saved until you add it."
      className="modal-capture modal-capture-expanded"
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        titleRef.current?.focus();
      }}
    >
      {draft && (
        <form className="form capture" onSubmit={save} onKeyDown={onKey} noValidate aria-label="Add to your evidence">
          <FormError message={problems.form} />
          <Field label="What did you do?" error={problems.field('title')} className="capture-title">
            <input ref={titleRef} value={draft.title} maxLength={EVIDENCE_LIMITS.title} onChange={(e) => set({ title: e.target.value })} autoComplete="off" />
          </Field>
          <CaptureDetails
            bodyId={BODY_ID}
            draft={draft}
            today={today}
            set={set}
            onAudience={(audience) => set({ audience })}
            fieldError={problems.field}
            metricProblems={metricProblems}
          />
          <Field label="Initiative" hint="The initiative this entry is part of; it then shows on the initiative’s page." error={problems.field('initiativeId')}>
            <InitiativeSelect value={draft.initiativeId ?? null} onChange={(initiativeId) => set({ initiativeId })} />
          </Field>
          <div className="form-actions">
            <span className="grow" />
            <button type="button" className="btn" onClick={onClose} disabled={pending}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
              {pending ? 'Adding…' : 'Add to evidence'}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
