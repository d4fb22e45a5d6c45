import { expressionBuilder, sql } from 'kysely';
import { evidenceColumnsSql, type EvidenceRow } from '../repositories/evidence.repository.js';
import { evidenceWhere, type EvidenceScope } from '../repositories/evidence-filter.js';
import { normalizeText, toFts5Match } from '../../core/evidence/search-query.js';
import type { ContentFilter } from '../../core/visibility.js';
import type { EvidenceSearch, IndexedEntry } from './evidence-search.js';

/**
 * SQLite FTS5, contentless. Its rowid is the entry's `search_key`: the day of `occurredOn`
 * times 2^32 plus the entry's rowid, so the index returns matches newest first and a page
 * needs only the first rows it yields.
 *
 * Visibility is in the index too, as tokens in the `acl` column: `o<owner>` on every entry;
 * `m<owner>` when shared with managers, `t<owner>` with mentors, `g` and `g<owner>` with the
 * organisation. A search asks for (words) AND (tokens the caller may see), which FTS5
 * answers by skipping through both posting lists. The SQL visibility predicate still runs on
 * every row as a second guard.
 */
export function aclTokens(e: Pick<IndexedEntry, 'ownerId' | 'audience'>): string {
  const o = token(e.ownerId);
  const t = [`o${o}`];
  if (e.audience.includes('manager')) t.push(`m${o}`);
  if (e.audience.includes('mentors')) t.push(`t${o}`);
  if (e.audience.includes('org')) t.push('g', `g${o}`);
  return t.join(' ');
}

const token = (id: string): string => normalizeText(id).replace(/ /g, '');

export function searchKey(occurredOn: string, rowid: number): number {
  return (Date.parse(`${occurredOn}T00:00:00Z`) / 86_400_000) * 2 ** 32 + rowid;
}

function aclQuery(v: ContentFilter, owners: string[] | undefined): string {
  const reports = new Set(v.managerOf);
  const mentees = new Set(v.mentorOf);
  const allowed = (owner: string): string[] => {
    const o = token(owner);
    if (owner === v.ownerId) return [`o${o}`];
    const t = [`g${o}`];
    if (reports.has(owner)) t.push(`m${o}`);
    if (mentees.has(owner)) t.push(`t${o}`);
    return t;
  };
  const tokens = owners?.length
    ? owners.flatMap(allowed)
    : [`o${token(v.ownerId)}`, 'g', ...v.managerOf.map((r) => `m${token(r)}`), ...v.mentorOf.map((m) => `t${token(m)}`)];
  return `acl : (${[...new Set(tokens)].map((t) => `"${t}"`).join(' OR ')})`;
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
      values (${key}, ${normalizeText(entry.title)}, ${normalizeText(entry.body)}, ${aclTokens(entry)})`.execute(db);
  },

  async remove(db, id) {
    await sql`delete from evidence_fts where rowid = (select search_key from evidence where id = ${id})`.execute(db);
  },

  async searchTier(db, terms, tier, criteria, after, limit) {
    const where = evidenceWhere(expressionBuilder<EvidenceScope, 'e'>(), criteria);
    const words = toFts5Match(terms);
    const acl = aclQuery(criteria.visible, criteria.owners);
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
