/**
 * The wording of readiness reasons: month names, plurals, dimension and level names inside a
 * sentence, and the texts that compare a manager's rating with the target and say why a
 * dimension is strong. Codes are stable; these texts are for people and may change.
 */
import { levelRank, type Framework } from '../frameworks/framework-file.js';
import type { ReadinessReason } from './readiness-types.js';
import type { Rating } from './readiness-assessments.js';

// ---------------------------------------------------------------------------------------------
// Dates

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-03-14` → `March 2026`. */
export function monthName(date: string): string {
  const m = DATE.exec(date);
  if (!m) return date;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

// ---------------------------------------------------------------------------------------------
// Wording

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A dimension name inside a sentence: "Technical direction" → "technical direction"; "API design" stays. */
export function inSentence(name: string): string {
  if (name.length > 1 && name[1] === name[1]?.toUpperCase() && name[1] !== name[1]?.toLowerCase()) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function listNames(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

export function levelName(framework: Framework, id: string): string {
  return framework.levels.find((l) => l.id === id)?.name ?? id;
}

export function rateAgainstTarget(framework: Framework, rating: Rating, target: number, name: string, targetName: string): ReadinessReason {
  const rank = levelRank(framework, rating.level);
  const rated = levelName(framework, rating.level);
  if (rank > target) return { code: 'manager_rates_at_level', text: `The manager rates ${name} at ${rated}, above ${targetName}.` };
  if (rank === target) return { code: 'manager_rates_at_level', text: `The manager rates ${name} at ${rated}.` };
  if (rating.towards !== null && levelRank(framework, rating.towards) >= target) {
    return { code: 'manager_rates_approaching', text: `The manager rates ${name} at ${rated}, approaching ${targetName}.` };
  }
  return { code: 'manager_rates_below', text: `The manager rates ${name} at ${rated}, below ${targetName}.` };
}

export function meetsText(name: string, count: number, teams: number, measured: number, latest: string | null, hasEvidence: boolean, targetName: string): string {
  if (!hasEvidence) return `Meets every ${targetName} threshold for ${name} that applies.`;
  const parts = [`${plural(count, 'entry', 'entries')} tagged ${name} across ${plural(teams, 'team', 'teams')}`];
  if (measured > 0) parts.push(`${measured} with a measured outcome`);
  if (latest) parts.push(`the latest in ${monthName(latest)}`);
  return `${parts.join(', ')}: meets every ${targetName} threshold.`;
}
