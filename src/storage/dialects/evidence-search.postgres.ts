import { expressionBuilder, sql } from 'kysely';
import { evidenceColumnsSql, type EvidenceRow } from '../repositories/evidence.repository.js';
import { evidenceWhere, type EvidenceScope } from '../repositories/evidence-filter.js';
import { normalizeText, toTsQuery } from '../../core/evidence/search-query.js';
import type { EvidenceSearch } from './evidence-search.js';

/**
 * PostgreSQL: a tsvector column with a GIN index, built from the same normalised text as
 * SQLite's index ('simple' configuration: no stemming, no stop words). Title weighs A,
 * body B, so a title hit ranks first as on SQLite.
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

  async search(db, terms, criteria, limit, offset) {
    const where = evidenceWhere(expressionBuilder<EvidenceScope, 'e'>(), criteria);
    const r = await sql<EvidenceRow & { rank: number }>`
      select ${evidenceColumnsSql}, ts_rank(e.search, q) as rank
      from evidence as e, to_tsquery('simple', ${toTsQuery(terms)}) as q
      where e.search @@ q and ${where}
      order by rank desc, e.occurred_on desc, e.id desc
      limit ${limit} offset ${offset}`.execute(db);
    return r.rows.map(({ rank, ...row }) => ({ row, rank: Number(rank) }));
  },
};
