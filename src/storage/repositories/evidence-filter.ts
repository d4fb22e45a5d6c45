import { type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, EvidenceTable } from '../schema.js';
import { CONTENT_KINDS, type VisibilityFilter } from '../../shared/policy.js';
import { visibilityBranchesSql, visibleSql } from '../visibility-sql.js';

/** The tables as the evidence queries see them: the entry under the alias `e`. */
export type EvidenceScope = Database & { e: EvidenceTable };
export type EvidenceEb = ExpressionBuilder<EvidenceScope, 'e'>;

export interface EvidenceCriteria {
  /** What the caller may see (PRODUCT.md §4), from the visibility module. */
  visible: VisibilityFilter;
  owners?: string[] | undefined;
  dimensions?: string[] | undefined;
  impacts?: string[] | undefined;
  teamKeys?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  deleted?: boolean | undefined;
  /** Entries that name this initiative. */
  initiativeId?: string | undefined;
}

/**
 * The visibility rules split into branches whose OR is the predicate, owner's first. Each
 * branch is a simple indexed predicate, so a newest-first list can take the top rows of each
 * branch from its index and merge them, instead of sorting everything the caller may see.
 */
export function visibilityBranches(v: VisibilityFilter): Expression<SqlBool>[] {
  return visibilityBranchesSql(CONTENT_KINDS.evidence, 'e', v);
}

export function evidenceWhere(eb: EvidenceEb, c: EvidenceCriteria, branch?: (eb: EvidenceEb) => Expression<SqlBool>): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (c.deleted) {
    // The trash is the owner's alone.
    all.push(eb('e.owner_id', '=', c.visible.viewerId), eb('e.deleted_at', 'is not', null));
  } else {
    all.push(eb('e.deleted_at', 'is', null), branch ? branch(eb) : visibleSql(CONTENT_KINDS.evidence, 'e', c.visible));
  }
  if (c.owners?.length) all.push(eb('e.owner_id', 'in', c.owners));
  if (c.impacts?.length) all.push(eb('e.impact', 'in', c.impacts));
  if (c.initiativeId !== undefined) all.push(eb('e.initiative_id', '=', c.initiativeId));
  if (c.from) all.push(eb('e.occurred_on', '>=', c.from));
  if (c.to) all.push(eb('e.occurred_on', '<=', c.to));
  if (c.dimensions?.length) {
    const dims = c.dimensions;
    all.push(eb('e.id', 'in', eb.selectFrom('evidence_dimensions').select('evidence_id').where('dimension', 'in', dims)));
  }
  if (c.teamKeys?.length) {
    const keys = c.teamKeys;
    all.push(eb('e.id', 'in', eb.selectFrom('evidence_teams').select('evidence_id').where('team_key', 'in', keys)));
  }
  return eb.and(all);
}

