/**
 * The linter as the editor and the API give it: the text's findings (document-lint.ts) and, for a
 * trade-off summary that keeps a decision matrix, the matrix's (decision-matrix.ts) — a choice
 * that is not the top-scoring option with no reason given is noticed whichever place holds it.
 */
import { matrixFindings, type DecisionMatrix } from './decision-matrix.js';
import type { DocumentKind } from './document-kinds.js';
import { lintDocument } from './document-lint.js';

export interface LintFinding {
  code: string;
  section: string;
  message: string;
  /** 1-based; null for a finding about the matrix. */
  line: number | null;
}

export function lintWithMatrix(kind: DocumentKind, body: string, matrix: DecisionMatrix | null): LintFinding[] {
  const findings: LintFinding[] = lintDocument(kind, body);
  if (kind === 'trade-off' && matrix) {
    for (const f of matrixFindings(matrix)) findings.push({ code: f.code, section: 'Decision matrix', message: f.message, line: null });
  }
  return findings;
}
