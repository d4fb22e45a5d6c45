/** What the editor changes of a document (title, body, matrix), and the PATCH of what differs. */
import type { DecisionMatrix, Document, DocumentPatch } from '../../api/types.js';

export interface Draft {
  title: string;
  body: string;
  matrix: DecisionMatrix | null;
}

/** One loaded version of the document and its ETag (If-Match of the next write). */
export interface Loaded {
  doc: Document;
  etag: string | null;
}

export const draftOf = (doc: Document): Draft => ({ title: doc.title, body: doc.body, matrix: doc.matrix });

const sameMatrix = (a: DecisionMatrix | null, b: DecisionMatrix | null) => JSON.stringify(a) === JSON.stringify(b);

export function sameDraft(a: Draft, b: Draft): boolean {
  return a.title === b.title && a.body === b.body && sameMatrix(a.matrix, b.matrix);
}

/** The fields of `draft` that differ from `saved` (an empty title is not sent: the server needs one). */
export function patchOf(draft: Draft, saved: Draft): DocumentPatch {
  const patch: DocumentPatch = {};
  if (draft.title !== saved.title && draft.title.trim()) patch.title = draft.title;
  if (draft.body !== saved.body) patch.body = draft.body;
  if (!sameMatrix(draft.matrix, saved.matrix)) patch.matrix = draft.matrix;
  return patch;
}

export const isEmptyPatch = (patch: DocumentPatch): boolean => Object.keys(patch).length === 0;

export const documentPath = (id: string, rest = '') => `/documents/${encodeURIComponent(id)}${rest}`;

export const ifMatch = (etag: string | null) => (etag ? { headers: { 'If-Match': etag } } : {});
