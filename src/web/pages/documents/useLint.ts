/** The linter's findings for the text being written: POST /documents/lint, a moment after typing stops. */
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { DecisionMatrix, DocumentKind, LintFinding, LintResult } from '../../api/types.js';

const LINT_MS = 600;

export interface LintState {
  findings: LintFinding[] | null;
  checking: boolean;
  error: string | null;
}

export function useLint(kind: DocumentKind, body: string, matrix: DecisionMatrix | null): LintState {
  const [state, setState] = useState<LintState>({ findings: null, checking: true, error: null });
  const matrixText = JSON.stringify(matrix);
  useEffect(() => {
    const abort = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      const parsed = JSON.parse(matrixText) as DecisionMatrix | null;
      api
        .post<LintResult>('/documents/lint', { kind, body, ...(kind === 'trade-off' ? { matrix: parsed } : {}) }, { signal: abort.signal })
        .then((r) => setState({ findings: r.findings, checking: false, error: null }))
        .catch((e: unknown) => {
          if (e instanceof DOMException && e.name === 'AbortError') return;
          setState((s) => ({ ...s, checking: false, error: errorMessage(e) }));
        });
    }, LINT_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [kind, body, matrixText]);
  return state;
}
