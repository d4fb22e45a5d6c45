import { expressionBuilder, sql } from 'kysely';
import { evidenceColumnsSql, type EvidenceRow } from '../repositories/evidence.repository.js';
import { evidenceWhere, type EvidenceScope } from '../repositories/evidence-filter.js';
import { normalizeText, type SearchTerm } from '../../shared/text.js';
import { epochDay } from '../../shared/dates.js';
import type { EvidenceSearch } from './evidence-search.js';
import { itemTokens, queryTokens } from './visibility-tokens.js';

/**
 * SQLite FTS5, contentless. Its rowid is the entry's `search_key`: the day of `occurredOn`
 * times 2^32 plus the entry's rowid, so the index returns matches newest first and a page
 * needs only the first rows it yields (days before 1970 give negative keys, which order
 * the same way).
 *
 * Visibility is in the index too, as tokens in the `acl` column derived from the policy
 * (see visibility-tokens.ts). A search asks for (words) AND (tokens the caller may see),
 * which FTS5 answers by skipping through both posting lists. The SQL visibility predicate
 * still runs on every row as a second guard.
 */
export const aclTokens = itemTokens;

export function searchKey(occurredOn: string, rowid: number): number {
  return epochDay(occurredOn) * 2 ** 32 + rowid;
}

/** FTS5: `"a" AND "b c" AND "migrat"*` — every token quoted, so nothing is an operator. */
function toFts5Match(terms: SearchTerm[]): string {
  return terms
    .map((t) => {
      const quoted = `"${t.tokens.join(' ')}"`;
      return t.kind === 'prefix' ? `${quoted}*` : quoted;
    })
    .join(' AND ');
}

export const sqliteEvidenceSearch: EvidenceSearch = {
  async index(db, entry) {
    const r = await sql<{ rowid: number; occurred_on: string; search_key: number | null }>`
      select rowid, occurred_on, search_key from evidence where id = ${entry.id}`.execute(db);
    const row = r.rows[0];
    if (!row) return;
    if (row.search_key !== null) await sql`delete from evidence_fts where rowid = ${row.search_key}`.execute(db);
    const key = searchKey(row.occurred_on, row.rowid);
    await sql`update evidence set search_key = ${key} where rowid = ${row.rowid}`.execute(db);
    await sql`insert into evidence_fts (rowid, title, body, acl)
      values (${key}, ${normalizeText(entry.title)}, ${normalizeText(entry.body)}, ${itemTokens(entry)})`.execute(db);
  },

  async remove(db, id) {
    await sql`delete from evidence_fts where rowid = (select search_key from evidence where id = ${id})`.execute(db);
  },

  async searchTier(db, terms, tier, criteria, after, limit) {
    const where = evidenceWhere(expressionBuilder<EvidenceScope, 'e'>(), criteria);
    const words = toFts5Match(terms);
    const acl = `acl : (${queryTokens(criteria.visible, criteria.owners).map((t) => `"${t}"`).join(' OR ')})`;
    const match = tier === 1 ? `title : (${words}) AND ${acl}` : `{title body} : (${words}) AND ${acl} NOT title : (${words})`;
    const r = await sql<EvidenceRow & { search_key: number }>`
      select ${evidenceColumnsSql}, evidence_fts.rowid as search_key
      from evidence_fts cross join evidence as e on e.search_key = evidence_fts.rowid
      where evidence_fts match ${match}
        and evidence_fts.rowid < ${after?.key ?? Number.MAX_SAFE_INTEGER}
        and ${where}
      order by evidence_fts.rowid desc
      limit ${limit}`.execute(db);
    return r.rows.map(({ search_key, ...row }) => ({ row, tier, key: search_key }));
  },
};
