/** Rules for evidence fields shared by every door: the API, the CLI, imports. */
import { isIsoDate } from '../../shared/dates.js';
import { AppError, type FieldError } from '../errors.js';
import { AUDIENCES, type Audience } from '../types.js';
import { slugify } from '../validation.js';
import { IMPACTS, type Evidence, type EvidenceInput, type Impact } from './types.js';
import { EVIDENCE_LIMITS } from '../../shared/evidence-limits.js';

export const LIMITS = EVIDENCE_LIMITS;

/** Team names are matched to organisation teams by slug, so "Payments" = "payments". */
export const teamKey = (name: string): string => slugify(name) || name.trim().toLowerCase();

/** A checked entry: the stored fields, with the audience still to default. */
export type CleanEvidence = Omit<Evidence, 'id' | 'ownerId' | 'source' | 'createdAt' | 'updatedAt' | 'initiativeId' | 'audience'> & {
  /** Checked against the owner's initiatives by the service (it needs the database). */
  initiativeId: string | null;
  audience: Audience[] | undefined;
};

/**
 * Checks a full entry (create) or a merged entry (update) and collects every problem, each
 * with the JSON Pointer of its field (`/metrics/0/before`).
 */
/** `dimensions`: the ids the entry may carry (the active framework's, plus any it already had). */
/** `initiativeIsOwn`: whether the initiative the entry names is one of its owner's (the service looks it up). */
export function checkEvidence(input: EvidenceInput, dimensionIds: ReadonlySet<string>, base = '', initiativeIsOwn = true): CleanEvidence {
  const errors: FieldError[] = [];
  const bad = (pointer: string, message: string) => errors.push({ pointer: `${base}${pointer}`, message });
  const title = (input.title ?? '').trim();
  if (!title) bad('/title', 'A title is required.');
  else if (title.length > LIMITS.title) bad('/title', `Use at most ${LIMITS.title} characters.`);
  const body = input.body ?? '';
  if (body.length > LIMITS.body) bad('/body', `Use at most ${LIMITS.body} characters.`);
  if (!isIsoDate(input.occurredOn ?? '')) bad('/occurredOn', 'Use a date like 2026-11-02.');

  const dimensions = [...new Set(input.dimensions ?? [])];
  dimensions.forEach((d, i) => {
    if (!dimensionIds.has(d)) bad(`/dimensions/${i}`, `"${d}" is not a dimension of the framework.`);
  });
  const impact = input.impact ?? null;
  if (impact !== null && !(IMPACTS as readonly string[]).includes(impact)) bad('/impact', `Use one of ${IMPACTS.join(', ')}.`);

  const metrics = (input.metrics ?? []).map((m, i) => {
    const name = (m.name ?? '').trim();
    if (!name) bad(`/metrics/${i}/name`, 'Name the metric.');
    for (const k of ['before', 'after', 'change'] as const) {
      const v = m[k];
      if (v !== null && v !== undefined && !Number.isFinite(v)) bad(`/metrics/${i}/${k}`, 'Use a number or null.');
    }
    if (m.before == null && m.after == null && m.change == null) bad(`/metrics/${i}`, 'Give at least one of before, after or change.');
    return { name, unit: m.unit?.trim() || null, before: m.before ?? null, after: m.after ?? null, change: m.change ?? null };
  });

  const teams: string[] = [];
  const seenTeams = new Set<string>();
  (input.teams ?? []).forEach((t, i) => {
    const name = t.trim();
    if (!name || name.length > LIMITS.tag) bad(`/teams/${i}`, `Use a team name of 1 to ${LIMITS.tag} characters.`);
    else if (!seenTeams.has(teamKey(name))) {
      seenTeams.add(teamKey(name));
      teams.push(name);
    }
  });
  if (teams.length > LIMITS.tags) bad('/teams', `At most ${LIMITS.tags} teams.`);

  const links = [...new Set(input.links ?? [])];
  links.forEach((l, i) => {
    let ok = false;
    try {
      const u = new URL(l);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && l.length <= LIMITS.link;
    } catch {
      ok = false;
    }
    if (!ok) bad(`/links/${i}`, 'Use an http or https URL.');
  });
  if (links.length > LIMITS.links) bad('/links', `At most ${LIMITS.links} links.`);

  if (input.initiativeId != null && !initiativeIsOwn) bad('/initiativeId', 'Name one of your own initiatives, or leave this empty.');
  const audience = input.audience ? [...new Set(input.audience)] : undefined;
  audience?.forEach((a, i) => {
    if (!(AUDIENCES as readonly string[]).includes(a)) bad(`/audience/${i}`, `Use ${AUDIENCES.join(', ')}.`);
  });

  if (errors.length > 0) {
    const first = errors[0] as FieldError;
    throw new AppError('validation_failed', `${first.pointer}: ${first.message}`, { errors });
  }
  return { occurredOn: input.occurredOn, title, body, dimensions, impact: impact as Impact | null, metrics, teams, links, initiativeId: input.initiativeId ?? null, audience };
}

