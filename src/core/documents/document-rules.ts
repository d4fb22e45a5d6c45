/**
 * The field rules of a document (issue 10), pure: what the schema cannot say. Titles are
 * trimmed and must keep a character; a body keeps its text exactly (Markdown is whitespace
 * sensitive); a matrix must be well formed (decision-matrix.ts); only trade-off summaries carry
 * one.
 */
import { AppError, type FieldError } from '../errors.js';
import { matrixProblems, rankOptions, type DecisionMatrix, type RankedOption } from './decision-matrix.js';
import type { DocumentKind } from './document-kinds.js';
import type { DocumentStatus } from './document-lifecycle.js';
import type { DocumentInput } from './types.js';

/** Title, body and matrix change only while a document is being written or reviewed. */
export const EDITABLE_STATUSES: readonly DocumentStatus[] = ['draft', 'in-review'];

export interface CleanContent {
  title: string;
  body: string;
  matrix: DecisionMatrix | null;
}

export function checkContent(kind: DocumentKind, input: CleanContent): CleanContent {
  const errors: FieldError[] = [];
  const title = input.title.trim();
  if (!title) errors.push({ pointer: '/title', message: 'Give the document a title.' });
  if (input.matrix && kind !== 'trade-off') errors.push({ pointer: '/matrix', message: 'Only a trade-off summary keeps a decision matrix.' });
  else if (input.matrix) errors.push(...matrixProblems(input.matrix));
  if (errors.length > 0) throw new AppError('validation_failed', errors[0]?.message ?? 'Check the document.', { errors });
  return { title, body: input.body, matrix: input.matrix };
}

/** Whether a patch changes what a revision keeps. */
export function changesContent(current: CleanContent, patch: DocumentInput): boolean {
  return (
    (patch.title !== undefined && patch.title.trim() !== current.title) ||
    (patch.body !== undefined && patch.body !== current.body) ||
    (patch.matrix !== undefined && JSON.stringify(patch.matrix) !== JSON.stringify(current.matrix))
  );
}

export const rankingOf = (matrix: DecisionMatrix | null): RankedOption[] | null => (matrix ? rankOptions(matrix) : null);
