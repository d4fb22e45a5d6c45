/** The evidence log's shapes (PRODUCT.md §7, §8 "Evidence details"). */
import type { Audience } from '../types.js';

export const IMPACTS = ['cost', 'reliability', 'developer-speed', 'capability', 'risk', 'performance'] as const;
export type Impact = (typeof IMPACTS)[number];

/** Where an entry came from; `document` (and later `credit`) arrive as accepted proposals. */
export const EVIDENCE_SOURCES = ['manual', 'git', 'import', 'document'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/**
 * A measured outcome: numbers or null, at least one of them set. `change` is the relative
 * change in percent when the text says so ("cut cost by 30%" → unit "%", change -30).
 */
export interface Metric {
  name: string;
  unit: string | null;
  before: number | null;
  after: number | null;
  change: number | null;
}

/** A metric as a client may send it: missing numbers mean null. */
export interface MetricInput {
  name: string;
  unit?: string | null | undefined;
  before?: number | null | undefined;
  after?: number | null | undefined;
  change?: number | null | undefined;
}

export interface Evidence {
  id: string;
  ownerId: string;
  /** `YYYY-MM-DD` */
  occurredOn: string;
  title: string;
  /** Markdown, stored as written; sanitised when rendered. */
  body: string;
  /** Framework dimension ids (`scope`, `influence`, ...). */
  dimensions: string[];
  impact: Impact | null;
  metrics: Metric[];
  /** Team names or slugs; names that match an organisation team count as that team. */
  teams: string[];
  /** URLs */
  links: string[];
  initiativeId: string | null;
  audience: Audience[];
  source: EvidenceSource;
  createdAt: string;
  updatedAt: string;
}

/** What a client (or an import) supplies; the server owns id, owner, source and times. */
export interface EvidenceInput {
  occurredOn: string;
  title: string;
  body?: string;
  dimensions?: string[];
  impact?: Impact | null;
  metrics?: MetricInput[];
  teams?: string[];
  links?: string[];
  initiativeId?: string | null;
  audience?: Audience[];
}
