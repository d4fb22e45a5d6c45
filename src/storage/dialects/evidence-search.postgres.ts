import { expressionBuilder, sql } from 'kysely';
import { evidenceColumnsSql, type EvidenceRow } from '../repositories/evidence.repository.js';
import { evidenceWhere, visibilityBranches, type EvidenceScope } from '../repositories/evidence-filter.js';
import { normalizeText, type SearchTerm } from '../../shared/text.js';
import type { EvidenceSearch } from './evidence-search.js';

/** PostgreSQL tsquery restricted to title lexemes (weight A): `a:A & (b:A <-> c:A) & migrat:*A`. */
function toTitleTsQuery(terms: SearchTerm[]): string {
  return terms
    .map((t) => {
      const last = t.tokens.length - 1;
      const parts = t.tokens.map((tok, i) => (t.kind === 'prefix' && i === last ? `${tok}:*A` : `${tok}:A`));
      return parts.length > 1 ? `(${parts.join(' <-> ')})` : (parts[0] as string);
    })
    .join(' & ');
}

/** PostgreSQL to_tsquery('simple', …): `a & b <-> c & migrat:*`. Tokens are alphanumeric. */
function toTsQuery(terms: SearchTerm[]): string {
  return terms
    .map((t) => {
      const last = t.tokens.length - 1;
      const parts = t.tokens.map((tok, i) => (t.kind === 'prefix' && i === last ? `${tok}:*` : tok));
      return parts.length > 1 ? `(${parts.join(' <-> ')})` : (parts[0] as string);
    })
    .join(' & ');
}

/**
 * PostgreSQL: a tsvector column with a GIN index, built from the same normalised text as
 * SQLite's index ('simple' configuration: no stemming, no stop words). Title lexemes weigh
 * A, body B; tier 1 asks for every term with weight A. The planner walks the date index
 * backwards when matches are many and the GIN index when they are few.
 */
/** Up to this many owners, a search walks their entries instead of the word index. */
const FEW_OWNERS = 100;

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
    const eb = expressionBuilder<EvidenceScope, 'e'>();
    const all = toTsQuery(terms);
    const title = toTitleTsQuery(terms);
    const match =
      tier === 1
        ? sql`e.search @@ to_tsquery('simple', ${title})`
        : sql`e.search @@ to_tsquery('simple', ${all}) and not (e.search @@ to_tsquery('simple', ${title}))`;
    const position = after ? sql`and (e.occurred_on, e.id) < (${after.occurredOn}, ${after.id})` : sql``;
    const cols = sql.join(['id', 'owner_id', 'occurred_on', 'title', 'body', 'dimensions', 'impact', 'metrics', 'teams', 'links', 'initiative_id', 'audience', 'aud_manager', 'aud_mentors', 'aud_org', 'source', 'version', 'created_at', 'updated_at', 'deleted_at'].map((c) => sql.ref(`f.${c}`)));
    // Walk a few owners' entries newest first and test each against the query: the planner
    // would otherwise intersect with the whole GIN posting list of a common word. OFFSET 0
    // keeps it from folding the text condition into the inner scan.
    const fenced = (where: ReturnType<typeof evidenceWhere>) => sql`(select ${cols} from (
        select e.*, e.search as s from evidence as e where ${where} ${position}
        order by e.occurred_on desc, e.id desc offset 0) as f
      where ${tier === 1 ? sql`f.s @@ to_tsquery('simple', ${title})` : sql`f.s @@ to_tsquery('simple', ${all}) and not (f.s @@ to_tsquery('simple', ${title}))`}
      limit ${limit})`;
    const owners = criteria.owners ?? [];
    let query;
    if (owners.length > 0 && owners.length <= FEW_OWNERS) {
      query = fenced(evidenceWhere(eb, criteria));
    } else {
      // One query per visibility branch, each newest first with its own limit, so the planner
      // can pick per branch: the date index when matches are many, GIN when they are few.
      const [own, ...rest] = visibilityBranches(criteria.visible);
      const branches = [
        ...(own ? [fenced(evidenceWhere(eb, criteria, () => own))] : []),
        ...rest.map(
          (branch) => sql`(select ${evidenceColumnsSql} from evidence as e
            where ${match} ${position} and ${evidenceWhere(eb, criteria, () => branch)}
            order by e.occurred_on desc, e.id desc limit ${limit})`,
        ),
      ];
      query = sql.join(branches, sql` union `);
    }
    const r = await sql<EvidenceRow>`
      select * from (${query}) as u
      order by u.occurred_on desc, u.id desc
      limit ${limit}`.execute(db);
    return r.rows.map((row) => ({ row, tier, key: null }));
  },
};
