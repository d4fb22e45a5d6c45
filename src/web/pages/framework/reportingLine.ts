/**
 * "Is this my report": the server says how the caller stands to each person it answers
 * (`relations`; 'manager-chain' means the caller is in that person's reporting line at any
 * depth, so a skip-level manager counts too). The web does not work it out from `managerId`.
 */
import type { Person } from '../../api/types.js';

export function inMyReportingLine(person: Person | null | undefined): boolean {
  return Boolean(person?.relations.includes('manager-chain'));
}
