/**
 * The visibility rules of src/shared/policy.ts as SQL, for any declared content kind. Each
 * branch of the viewer's `VisibilityFilter` becomes one simple, indexed predicate on the
 * kind's owner and audience columns; per-item grants become a sub-select of the kind's grant
 * tables. The predicate is the OR of the branches, so a newest-first list can also take the
 * top rows of each branch from its index and merge them.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { ContentKind, VisibilityFilter } from '../shared/policy.js';

export function visibilityBranchesSql(kind: ContentKind, alias: string, filter: VisibilityFilter): Expression<SqlBool>[] {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  const out: Expression<SqlBool>[] = [];
  for (const b of filter.branches) {
    const parts: Expression<SqlBool>[] = [];
    if (b.owners !== 'all') {
      parts.push(
        b.owners.length === 1
          ? sql<SqlBool>`${col(kind.ownerColumn)} = ${b.owners[0]}`
          : sql<SqlBool>`${col(kind.ownerColumn)} in (${sql.join(b.owners)})`,
      );
    }
    if (b.audience) parts.push(sql<SqlBool>`${col(kind.audienceColumns[b.audience])} = 1`);
    out.push(parts.length === 0 ? sql<SqlBool>`1 = 1` : parts.length === 1 ? (parts[0] as Expression<SqlBool>) : sql<SqlBool>`(${sql.join(parts, sql` and `)})`);
  }
  for (const g of kind.grantTables ?? []) {
    out.push(sql<SqlBool>`${col(kind.idColumn)} in (select ${sql.ref(g.itemColumn)} from ${sql.table(g.table)} where ${sql.ref(g.personColumn)} = ${filter.viewerId})`);
  }
  return out;
}

/** The whole predicate: a row is visible when any branch holds. */
export function visibleSql(kind: ContentKind, alias: string, filter: VisibilityFilter): Expression<SqlBool> {
  const branches = visibilityBranchesSql(kind, alias, filter);
  return branches.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`(${sql.join(branches, sql` or `)})`;
}
