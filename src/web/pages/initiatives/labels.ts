/** Words for an initiative's fixed values: statuses, risk grades and the scope verdict. */
import type { InitiativeStatus, RiskGrade, ScopeSummary } from '../../api/types.js';

export const STATUSES: { value: InitiativeStatus; label: string; hint: string }[] = [
  { value: 'exploring', label: 'Exploring', hint: 'Still testing whether this is the right problem.' },
  { value: 'proposed', label: 'Proposed', hint: 'Written up and put to the people who decide.' },
  { value: 'active', label: 'Active', hint: 'Agreed and under way.' },
  { value: 'done', label: 'Done', hint: 'Finished; the outcomes tell how it went.' },
  { value: 'dropped', label: 'Dropped', hint: 'Stopped on purpose.' },
];

export function statusLabel(status: InitiativeStatus): string {
  return STATUSES.find((s) => s.value === status)?.label ?? status;
}

export const GRADES: { value: RiskGrade; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

export function gradeLabel(grade: RiskGrade | null): string {
  return GRADES.find((g) => g.value === grade)?.label ?? 'Not set';
}

/** "Reads as Staff scope" / "Not yet Staff scope", with the level named as the framework names it. */
export function verdictText(summary: ScopeSummary, levelName: string): string {
  return summary.meetsLevel ? `Reads as ${levelName} scope` : `Not yet ${levelName} scope`;
}
