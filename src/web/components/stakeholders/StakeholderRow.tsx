/**
 * One stakeholder: who, role, stance (with its history), placement on the influence/interest
 * grid, last contact ("Contacted today"), staleness and a note. The owner changes each in
 * place and each change saves; others read it.
 */
import { Building2, Globe, Trash2, UserRound } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { RiskGrade, Stakeholder, StakeholderPatch } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { todayIn, formatLongDay } from '../../lib/evidence.js';
import { DateInput, Select } from '../controls/index.js';
import { useToast } from '../Toast.js';
import { STAKEHOLDER_LIMITS } from '../../../shared/staff-work-limits.js';
import { GRADES, gradeLabel, roleLabel, ROLES, stanceLabel, STANCES } from './labels.js';
import { StaleMark } from './StaleMark.js';
import { StanceHistory } from './StanceHistory.js';
import { kindOf, type StakeholdersState } from './useStakeholders.js';

const KIND_ICON = { person: UserRound, team: Building2, outside: Globe } as const;
const KIND_WORD = { person: 'Person', team: 'Team', outside: 'Outside' } as const;
const PLACES = [{ value: '', label: 'Not placed' }, ...GRADES] as const;

export function StakeholderRow({ s, state, canEdit, onRemove }: { s: Stakeholder; state: StakeholdersState; canEdit: boolean; onRemove(): void }) {
  const me = useMe();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState(s.note);
  const name = state.nameOf(s);
  const kind = kindOf(s);
  const Icon = KIND_ICON[kind];

  async function change(patch: StakeholderPatch) {
    setBusy(true);
    try {
      await state.update(s.id, patch);
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }
  const label = (what: string) => `${what} of ${name}`;
  const grade = (what: 'influence' | 'interest', value: RiskGrade | null) =>
    canEdit ? (
      <label className="sh-control">
        <span className="sh-control-label">{what === 'influence' ? 'Influence' : 'Interest'}</span>
        <Select value={value ?? ''} options={PLACES} aria-label={label(what === 'influence' ? 'Influence' : 'Interest')} disabled={busy} onChange={(v) => void change({ [what]: v || null })} />
      </label>
    ) : (
      <span className="small">{what === 'influence' ? 'Influence' : 'Interest'}: {gradeLabel(value)}</span>
    );

  return (
    <li className={`sh-row ${s.stale ? 'sh-row-stale' : ''}`} aria-label={name}>
      <div className="sh-who">
        <Icon size={16} aria-hidden="true" className="row-icon" />
        <span className="sh-name">{name}</span>
        <span className="visually-hidden">({KIND_WORD[kind]})</span>
        <StaleMark stakeholder={s} staleDays={state.staleDays} />
      </div>
      <div className="sh-controls">
        {canEdit ? (
          <>
            <label className="sh-control">
              <span className="sh-control-label">Role</span>
              <Select value={s.role} options={ROLES} aria-label={label('Role')} disabled={busy} onChange={(role) => void change({ role })} />
            </label>
            <label className="sh-control">
              <span className="sh-control-label">Stance</span>
              <Select value={s.stance} options={STANCES} aria-label={label('Stance')} disabled={busy} onChange={(stance) => void change({ stance })} />
            </label>
          </>
        ) : (
          <span className="small">
            {roleLabel(s.role)} · <span className={`sh-stance sh-stance-${s.stance}`}>{stanceLabel(s.stance)}</span>
          </span>
        )}
        {grade('influence', s.influence)}
        {grade('interest', s.interest)}
      </div>
      <div className="sh-contact">
        {canEdit ? (
          <>
            <label className="sh-control">
              <span className="sh-control-label">Last contact</span>
              <DateInput value={s.lastContactOn ?? ''} aria-label={label('Last contact')} max={todayIn(me.timeZone)} disabled={busy} onChange={(d) => void change({ lastContactOn: d || null })} />
            </label>
            <button type="button" className="btn btn-small" disabled={busy || s.lastContactOn === todayIn(me.timeZone)} onClick={() => void change({ lastContactOn: todayIn(me.timeZone) })}>
              Contacted today
            </button>
          </>
        ) : (
          <span className="small muted">Last contact: {s.lastContactOn ? formatLongDay(s.lastContactOn) : 'never'}</span>
        )}
        <StanceHistory stakeholder={s} name={name} />
      </div>
      <div className="sh-note">
        {canEdit ? (
          <label className="sh-control sh-control-wide">
            <span className="sh-control-label">Note</span>
            <input
              value={note}
              maxLength={STAKEHOLDER_LIMITS.note}
              aria-label={label('Note')}
              placeholder="What they care about, what they asked for"
              onChange={(e) => setNote(e.target.value)}
              onBlur={() => note !== s.note && void change({ note })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  if (note !== s.note) void change({ note });
                }
              }}
            />
          </label>
        ) : (
          s.note && <p className="small">{s.note}</p>
        )}
        {canEdit && (
          <button type="button" className="icon-button" aria-label={`Remove ${name}`} onClick={onRemove}>
            <Trash2 size={14} aria-hidden="true" />
          </button>
        )}
      </div>
    </li>
  );
}
