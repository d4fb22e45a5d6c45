/** The shapes of documents (PRODUCT.md §7, §9 "Documents"; issue 10). */
import type { Audience } from '../types.js';
import type { DocumentKind } from './document-kinds.js';
import type { DocumentStatus } from './document-lifecycle.js';
import type { DecisionMatrix, RankedOption } from './decision-matrix.js';
import type { StillToAnswer, Verdict } from './review-rules.js';

export interface DocumentReviewer {
  personId: string;
  required: boolean;
  verdict: 'approve' | 'request-changes' | null;
  addedAt: string;
}

export interface Document {
  id: string;
  kind: DocumentKind;
  number: number;
  key: string;
  title: string;
  body: string;
  status: DocumentStatus;
  ownerId: string;
  audience: Audience[];
  supersedes: string | null;
  supersededBy: string | null;
  initiativeId: string | null;
  reviewDeadline: string | null;
  matrix: DecisionMatrix | null;
  ranking: RankedOption[] | null;
  revision: number;
  reviewers: DocumentReviewer[];
  stillToAnswer: StillToAnswer[];
  mayApprove: boolean;
  submittedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentInput {
  title?: string | undefined;
  body?: string | undefined;
  audience?: Audience[] | undefined;
  initiativeId?: string | null | undefined;
  reviewDeadline?: string | null | undefined;
  matrix?: DecisionMatrix | null | undefined;
}

export interface NewDocumentInput extends DocumentInput {
  kind: DocumentKind;
  title: string;
}

export interface DocumentQuery {
  kind?: DocumentKind[] | undefined;
  status?: DocumentStatus[] | undefined;
  owner?: string[] | undefined;
  reviewer?: 'me' | undefined;
  waiting?: boolean | undefined;
  initiativeId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface Revision {
  revision: number;
  title: string;
  body: string;
  matrix: DecisionMatrix | null;
  authorId: string | null;
  restoredFrom: number | null;
  createdAt: string;
}

export interface Review {
  id: string;
  documentId: string;
  reviewerId: string;
  verdict: Verdict;
  body: string;
  revision: number;
  createdAt: string;
}

export interface DocumentComment {
  id: string;
  documentId: string;
  authorId: string;
  section: string;
  body: string;
  parentId: string | null;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedById: string | null;
  createdAt: string;
}
