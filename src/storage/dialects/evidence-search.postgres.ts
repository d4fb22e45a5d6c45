import { expressionBuilder, sql } from 'kysely';
import { evidenceColumnsSql, type EvidenceRow } from '../repositories/evidence.repository.js';
import { evidenceWhere, type EvidenceScope } from '../repositories/evidence-filter.js';
import { normalizeText, toTitleTsQuery, toTsQuery } from '../../core/evidence/search-query.js';
import type { EvidenceSearch } from './evidence-search.js';

/**
 * PostgreSQL: a tsvector column with a GIN index, built from the same normalised text as
 * SQLite's index ('simple' configuration: no stemming, no stop words). Title lexemes weigh
 * A, body B; tier 1 asks for every term with weight A. The planner walks the date index
 * backwards when matches are many and the GIN index when they are few.
 */
export const postgresEvidenceSearch: EvidenceSearch = {
  async index(db, { id, title, body }) {
    await sql`update evidence set search =
        setweight(to_tsvector('simple', ${normalizeText(title)}), 'A') ||
        setweight(to_tsvector('simple', ${normalizeText(body)}), 'B')
      where id = ${id}`.execute(db);
  },

  async remove(db, id) {
    await sql`update evidence set search = ''::tsvector where id = ${id}`.execute(db);
  },

  async searchTier(db, terms, tier, criteria, after, limit) {
    const where = evidenceWhere(expressionBuilder<EvidenceScope, 'e'>(), criteria);
    const all = toTsQuery(terms);
    const title = toTitleTsQuery(terms);
    const match =
      tier === 1
        ? sql`e.search @@ to_tsquery('simple', ${title})`
        : sql`e.search @@ to_tsquery('simple', ${all}) and not (e.search @@ to_tsquery('simple', ${title}))`;
    const position = after ? sql`and (e.occurred_on, e.id) < (${after.occurredOn}, ${after.id})` : sql``;
    const r = await sql<EvidenceRow>`
      select ${evidenceColumnsSql}
      from evidence as e
      where ${match} ${position} and ${where}
      order by e.occurred_on desc, e.id desc
      limit ${limit}`.execute(db);
    return r.rows.map((row) => ({ row, tier, key: null }));
  },
};
