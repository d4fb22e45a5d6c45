import { expressionBuilder, sql } from 'kysely';
import { evidenceColumnsSql, type EvidenceRow } from '../repositories/evidence.repository.js';
import { evidenceWhere, type EvidenceScope } from '../repositories/evidence-filter.js';
import { normalizeText, toFts5Match } from '../../core/evidence/search-query.js';
import type { ContentFilter } from '../../core/visibility.js';
import type { EvidenceSearch, IndexedEntry } from './evidence-search.js';

/**
 * Visibility as index tokens in the `acl` column: `o<owner>` on every entry; `m<owner>` when
 * shared with managers, `t<owner>` with mentors, `g` and `g<owner>` with the organisation.
 * A search then asks the index for (words) AND (tokens the caller may see), which FTS5
 * answers by skipping through both posting lists instead of checking every match. The SQL
 * visibility predicate still runs on every row as a second guard.
 */
export function aclTokens(e: Pick<IndexedEntry, 'ownerId' | 'audience'>): string {
  const o = normalizeText(e.ownerId).replace(/ /g, '');
  const t = [`o${o}`];
  if (e.audience.includes('manager')) t.push(`m${o}`);
  if (e.audience.includes('mentors')) t.push(`t${o}`);
  if (e.audience.includes('org')) t.push('g', `g${o}`);
  return t.join(' ');
}

function aclQuery(v: ContentFilter, owners: string[] | undefined): string {
  const tok = (id: string) => normalizeText(id).replace(/ /g, '');
  const reports = new Set(v.managerOf);
  const mentees = new Set(v.mentorOf);
  const allowed = (owner: string): string[] => {
    const o = tok(owner);
    if (owner === v.ownerId) return [`o${o}`];
    const t = [`g${o}`];
    if (reports.has(owner)) t.push(`m${o}`);
    if (mentees.has(owner)) t.push(`t${o}`);
    return t;
  };
  const tokens = owners?.length
    ? owners.flatMap(allowed)
    : [`o${tok(v.ownerId)}`, 'g', ...v.managerOf.map((r) => `m${tok(r)}`), ...v.mentorOf.map((m) => `t${tok(m)}`)];
  return `acl : (${[...new Set(tokens)].map((t) => `"${t}"`).join(' OR ')})`;
}

/** SQLite FTS5, contentless, keyed by the entry's rowid. */
export const sqliteEvidenceSearch: EvidenceSearch = {
  async index(db, entry) {
    const r = await sql<{ rowid: number }>`select rowid from evidence where id = ${entry.id}`.execute(db);
    const rowid = r.rows[0]?.rowid;
    if (rowid === undefined) return;
    await sql`delete from evidence_fts where rowid = ${rowid}`.execute(db);
    await sql`insert into evidence_fts (rowid, title, body, acl)
      values (${rowid}, ${normalizeText(entry.title)}, ${normalizeText(entry.body)}, ${aclTokens(entry)})`.execute(db);
  },

  async remove(db, id) {
    await sql`delete from evidence_fts where rowid = (select rowid from evidence where id = ${id})`.execute(db);
  },

  async search(db, terms, criteria, limit, offset) {
    const where = evidenceWhere(expressionBuilder<EvidenceScope, 'e'>(), criteria);
    // The trash is not in the index; it is never searched.
    const match = `{title body} : (${toFts5Match(terms)}) AND ${aclQuery(criteria.visible, criteria.owners)}`;
    const r = await sql<EvidenceRow & { rank: number }>`
      select ${evidenceColumnsSql}, bm25(evidence_fts, 3.0, 1.0, 0.0) as rank
      from evidence_fts cross join evidence as e on e.rowid = evidence_fts.rowid
      where evidence_fts match ${match} and ${where}
      order by rank, e.occurred_on desc, e.id desc
      limit ${limit} offset ${offset}`.execute(db);
    // bm25 is lower-is-better; expose higher-is-better like PostgreSQL's ts_rank.
    return r.rows.map(({ rank, ...row }) => ({ row, rank: -rank }));
  },
};
