/** The five scope questions, answered, read-only. */
import type { ReactNode } from 'react';
import { CircleAlert, CircleCheck, DoorClosed, DoorOpen } from 'lucide-react';
import type { InitiativeScope, Team } from '../../../api/types.js';
import { gradeLabel } from '../labels.js';
import { QUESTIONS } from './questions.js';

function Part({ title, question, empty, count, children }: { title: string; question: string; empty: string; count: number; children: ReactNode }) {
  return (
    <div className="in-question">
      <h3 className="in-question-title">
        {title} <span className="muted num">({count})</span>
      </h3>
      <p className="small muted">{question}</p>
      {count === 0 ? <p className="in-empty small">{empty}</p> : children}
    </div>
  );
}

export function ScopeRead({ scope, teams, canEdit }: { scope: InitiativeScope; teams: readonly Team[]; canEdit: boolean }) {
  const isOrgTeam = (name: string) => teams.some((t) => t.name.toLowerCase() === name.toLowerCase());
  const empty = (text: string) => (canEdit ? text : 'Nothing here yet.');
  return (
    <div className="in-canvas">
      <Part {...QUESTIONS.teams} empty={empty(QUESTIONS.teams.empty)} count={scope.teams.length}>
        <ul className="chips" aria-label="Teams affected">
          {scope.teams.map((t) => (
            <li key={t} className="chip">
              {t}
              {!isOrgTeam(t) && <span className="muted">&nbsp;(outside)</span>}
            </li>
          ))}
        </ul>
      </Part>
      <Part {...QUESTIONS.decisions} empty={empty(QUESTIONS.decisions.empty)} count={scope.decisions.length}>
        <ul className="plain-list in-items">
          {scope.decisions.map((d, i) => (
            <li key={i}>
              <span className={`badge ${d.reversible ? '' : 'badge-accent'}`}>
                {d.reversible ? <DoorOpen size={12} aria-hidden="true" /> : <DoorClosed size={12} aria-hidden="true" />}
                &nbsp;{d.reversible ? 'Two-way' : 'One-way'}
              </span>{' '}
              {d.text}
              {d.note && <span className="block small muted">{d.note}</span>}
            </li>
          ))}
        </ul>
      </Part>
      <Part {...QUESTIONS.risks} empty={empty(QUESTIONS.risks.empty)} count={scope.risks.length}>
        <ul className="plain-list in-items">
          {scope.risks.map((r, i) => (
            <li key={i}>
              <span className={`badge ${r.open ? '' : 'badge-success'}`}>
                {r.open ? <CircleAlert size={12} aria-hidden="true" /> : <CircleCheck size={12} aria-hidden="true" />}
                &nbsp;{r.open ? 'Open' : 'Closed'}
              </span>{' '}
              {r.text}
              <span className="block small muted">
                Likelihood {gradeLabel(r.likelihood).toLowerCase()}, severity {gradeLabel(r.severity).toLowerCase()}
              </span>
            </li>
          ))}
        </ul>
      </Part>
      <Part {...QUESTIONS.duplication} empty={empty(QUESTIONS.duplication.empty)} count={scope.duplication.length}>
        <ul className="plain-list in-items">
          {scope.duplication.map((d, i) => (
            <li key={i}>
              {d.text}
              {d.where && <span className="block small muted">Where: {d.where}</span>}
            </li>
          ))}
        </ul>
      </Part>
      <Part {...QUESTIONS.investments} empty={empty(QUESTIONS.investments.empty)} count={scope.investments.length}>
        <ul className="plain-list in-items">
          {scope.investments.map((d, i) => (
            <li key={i}>
              {d.text}
              {d.unlocks && <span className="block small muted">Unlocks: {d.unlocks}</span>}
            </li>
          ))}
        </ul>
      </Part>
    </div>
  );
}
