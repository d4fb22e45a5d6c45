/** Words for stakeholders' fixed values: roles, stances and grid grades. */
import type { RiskGrade, StakeholderRole, Stance } from '../../api/types.js';

export const ROLES: { value: StakeholderRole; label: string }[] = [
  { value: 'approver', label: 'Approver' },
  { value: 'consulted', label: 'Consulted' },
  { value: 'informed', label: 'Informed' },
];

export const STANCES: { value: Stance; label: string }[] = [
  { value: 'unaware', label: 'Unaware' },
  { value: 'briefed', label: 'Briefed' },
  { value: 'supportive', label: 'Supportive' },
  { value: 'concerned', label: 'Concerned' },
  { value: 'blocking', label: 'Blocking' },
  { value: 'approved', label: 'Approved' },
];

export const GRADES: { value: RiskGrade; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

export const roleLabel = (r: StakeholderRole) => ROLES.find((x) => x.value === r)?.label ?? r;
export const stanceLabel = (s: Stance) => STANCES.find((x) => x.value === s)?.label ?? s;
export const gradeLabel = (g: RiskGrade | null) => GRADES.find((x) => x.value === g)?.label ?? 'Not placed';
