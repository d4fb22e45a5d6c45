import type { Db } from '../database.js';
import type { EvidenceRow } from '../repositories/evidence.repository.js';
import type { EvidenceCriteria } from '../repositories/evidence-filter.js';
import type { SearchTerm } from '../../core/evidence/search-query.js';

export interface IndexedEntry {
  id: string;
  ownerId: string;
  title: string;
  body: string;
  audience: readonly string[];
}

export interface SearchHit {
  row: EvidenceRow;
  rank: number;
}

/** Full-text search of evidence: one implementation per dialect, one contract. */
export interface EvidenceSearch {
  /** (Re)indexes a live entry; called in the same transaction as the write. */
  index(db: Db, entry: IndexedEntry): Promise<void>;
  remove(db: Db, id: string): Promise<void>;
  /** Best first (relevance, then date, then id); `limit` rows from `offset`. */
  search(db: Db, terms: SearchTerm[], criteria: EvidenceCriteria, limit: number, offset: number): Promise<SearchHit[]>;
}
