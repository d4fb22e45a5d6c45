/** Field rules of initiatives shared by every door (API, CLI, web through the API). */
import { isIsoDate } from '../../shared/dates.js';
import { INITIATIVE_LIMITS as L } from '../../shared/staff-work-limits.js';
import { AppError, type FieldError } from '../errors.js';
import { newId } from '../ids.js';
import { teamKey } from '../evidence/evidence-rules.js';
import type { Audience } from '../types.js';
import { RISK_GRADES } from './scope-summary.js';
import { INITIATIVE_STATUSES, type InitiativeInput, type InitiativeStatus, type Milestone, type MilestoneInput, type Scope, type ScopeInput } from './types.js';

export interface CleanInitiative {
  title: string;
  problem: string;
  why: string;
  status: InitiativeStatus;
  startOn: string | null;
  targetOn: string | null;
  scope: Scope;
  milestones: Milestone[];
  audience: Audience[] | undefined;
}

type Bad = (pointer: string, message: string) => void;

function text(value: string | undefined, pointer: string, max: number, bad: Bad, required = false): string {
  const t = (value ?? '').trim();
  if (required && !t) bad(pointer, 'This cannot be empty.');
  else if (t.length > max) bad(pointer, `Use at most ${max} characters.`);
  return t;
}

function checkScope(input: ScopeInput, bad: Bad): Scope {
  const teams: string[] = [];
  const seen = new Set<string>();
  (input.teams ?? []).forEach((t, i) => {
    const name = t.trim();
    if (!name || name.length > L.team) bad(`/scope/teams/${i}`, `Use a team name of 1 to ${L.team} characters.`);
    else if (!seen.has(teamKey(name))) {
      seen.add(teamKey(name));
      teams.push(name);
    }
  });
  if (teams.length > L.teams) bad('/scope/teams', `At most ${L.teams} teams.`);
  const many = (key: keyof ScopeInput, n: number) => {
    if (n > L.items) bad(`/scope/${key}`, `At most ${L.items} items.`);
  };
  const decisions = (input.decisions ?? []).map((d, i) => ({
    text: text(d.text, `/scope/decisions/${i}/text`, L.itemText, bad, true),
    reversible: d.reversible,
    note: text(d.note, `/scope/decisions/${i}/note`, L.itemNote, bad),
  }));
  many('decisions', decisions.length);
  const risks = (input.risks ?? []).map((r, i) => {
    for (const k of ['likelihood', 'severity'] as const) {
      if (!(RISK_GRADES as readonly string[]).includes(r[k])) bad(`/scope/risks/${i}/${k}`, `Use ${RISK_GRADES.join(', ')}.`);
    }
    return { text: text(r.text, `/scope/risks/${i}/text`, L.itemText, bad, true), likelihood: r.likelihood, severity: r.severity, open: r.open ?? true };
  });
  many('risks', risks.length);
  const duplication = (input.duplication ?? []).map((d, i) => ({
    text: text(d.text, `/scope/duplication/${i}/text`, L.itemText, bad, true),
    where: text(d.where, `/scope/duplication/${i}/where`, L.itemNote, bad),
  }));
  many('duplication', duplication.length);
  const investments = (input.investments ?? []).map((d, i) => ({
    text: text(d.text, `/scope/investments/${i}/text`, L.itemText, bad, true),
    unlocks: text(d.unlocks, `/scope/investments/${i}/unlocks`, L.itemNote, bad),
  }));
  many('investments', investments.length);
  return { teams, decisions, risks, duplication, investments };
}

/** Milestones keep the ids they were given back with (so a client can tick one); new ones get one. */
function checkMilestones(input: MilestoneInput[], known: ReadonlySet<string>, bad: Bad): Milestone[] {
  if (input.length > L.milestones) bad('/milestones', `At most ${L.milestones} milestones.`);
  const used = new Set<string>();
  return input.map((m, i) => {
    const title = text(m.title, `/milestones/${i}/title`, L.title, bad, true);
    const dueOn = m.dueOn ?? null;
    if (dueOn !== null && !isIsoDate(dueOn)) bad(`/milestones/${i}/dueOn`, 'Use a real date written YYYY-MM-DD.');
    const id = m.id !== undefined && known.has(m.id) && !used.has(m.id) ? m.id : newId();
    used.add(id);
    return { id, title, dueOn, done: m.done ?? false };
  });
}

/**
 * Checks a whole initiative (create) or the current one with a patch applied (update), and
 * names every bad field at once.
 */
export function checkInitiative(input: InitiativeInput & { scope: ScopeInput }, knownMilestoneIds: ReadonlySet<string> = new Set()): CleanInitiative {
  const errors: FieldError[] = [];
  const bad: Bad = (pointer, message) => errors.push({ pointer, message });
  const title = text(input.title, '/title', L.title, bad, true);
  const problem = text(input.problem, '/problem', L.text, bad);
  const why = text(input.why, '/why', L.text, bad);
  const status = input.status ?? 'exploring';
  if (!(INITIATIVE_STATUSES as readonly string[]).includes(status)) bad('/status', `Use one of ${INITIATIVE_STATUSES.join(', ')}.`);
  const startOn = input.startOn ?? null;
  const targetOn = input.targetOn ?? null;
  if (startOn !== null && !isIsoDate(startOn)) bad('/startOn', 'Use a real date written YYYY-MM-DD.');
  if (targetOn !== null && !isIsoDate(targetOn)) bad('/targetOn', 'Use a real date written YYYY-MM-DD.');
  else if (startOn !== null && targetOn !== null && isIsoDate(startOn) && targetOn < startOn) bad('/targetOn', 'The target date is before the start date.');
  const scope = checkScope(input.scope, bad);
  const milestones = checkMilestones(input.milestones ?? [], knownMilestoneIds, bad);
  const audience = input.audience ? [...new Set(input.audience)] : undefined;
  if (errors.length > 0) {
    const first = errors[0] as FieldError;
    throw new AppError('validation_failed', `${first.pointer}: ${first.message}`, { errors });
  }
  return { title, problem, why, status, startOn, targetOn, scope, milestones, audience };
}
