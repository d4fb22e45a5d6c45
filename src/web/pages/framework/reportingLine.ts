/**
 * "Is this my report": the server says how the caller relates to each person it returns
 * (`relations`; 'manager-chain' means the caller is in that person's reporting line at any
 * depth). Read loosely, so this compiles before the field is in the Person type.
 */
import type { Person } from '../../api/types.js';

export function inMyReportingLine(person: Person | null | undefined, meId: string): boolean {
  if (!person || person.id === meId) return false;
  const relations = (person as { relations?: readonly string[] }).relations;
  // Until every answer carries `relations`: the direct manager, as before.
  return relations ? relations.includes('manager-chain') : person.managerId === meId;
}
