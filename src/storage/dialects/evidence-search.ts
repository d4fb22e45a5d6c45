import type { Db } from '../database.js';
import type { EvidenceRow } from '../repositories/evidence.repository.js';
import type { EvidenceCriteria } from '../repositories/evidence-filter.js';
import type { SearchTerm } from '../../shared/text.js';

export interface IndexedEntry {
  id: string;
  ownerId: string;
  title: string;
  body: string;
  audience: readonly string[];
}

/**
 * Relevance in two tiers: entries whose title holds every search term, then entries that
 * match elsewhere; newest first within a tier. Both databases can walk a tier in date order
 * and stop after one page, whatever the number of matches.
 */
export type Tier = 1 | 2;

/** Where a page ended: the tier and the last entry's date and id (and SQLite's key). */
export interface SearchPosition {
  tier: Tier;
  occurredOn: string;
  id: string;
  key: number | null;
}

export interface SearchHit {
  row: EvidenceRow;
  tier: Tier;
  key: number | null;
}

/** Full-text search of evidence: one implementation per dialect, one contract. */
export interface EvidenceSearch {
  /** (Re)indexes a live entry; called in the same transaction as the write. */
  index(db: Db, entry: IndexedEntry): Promise<void>;
  remove(db: Db, id: string): Promise<void>;
  /** Up to `limit` matches of one tier after `after` (same tier), newest first. */
  searchTier(db: Db, terms: SearchTerm[], tier: Tier, criteria: EvidenceCriteria, after: SearchPosition | null, limit: number): Promise<SearchHit[]>;
}

/** A page across the tiers: tier 1 first, then tier 2, continuing from `after`. */
export async function searchPage(
  search: EvidenceSearch,
  db: Db,
  terms: SearchTerm[],
  criteria: EvidenceCriteria,
  after: SearchPosition | null,
  limit: number,
): Promise<{ hits: SearchHit[]; next: SearchPosition | null }> {
  const hits: SearchHit[] = [];
  for (const tier of [1, 2] as const) {
    if (after && after.tier > tier) continue;
    const want = limit + 1 - hits.length;
    hits.push(...(await search.searchTier(db, terms, tier, criteria, after?.tier === tier ? after : null, want)));
    if (hits.length > limit) break;
  }
  const more = hits.length > limit;
  const page = hits.slice(0, limit);
  const last = page[page.length - 1];
  return { hits: page, next: more && last ? { tier: last.tier, occurredOn: last.row.occurred_on, id: last.row.id, key: last.key } : null };
}
