/** What the linter misses in the text: each finding with "Go to line"; none → a calm line. */
import { CircleCheck, CircleAlert } from 'lucide-react';
import type { LintState } from './useLint.js';

export function LintPanel({ lint, onGoToLine, canGo }: { lint: LintState; onGoToLine(line: number): void; canGo: boolean }) {
  const { findings, checking, error } = lint;
  return (
    <section className="card dc-lint" aria-labelledby="dc-lint-title" aria-busy={checking}>
      <h2 id="dc-lint-title" className="card-title">
        Checks
      </h2>
      {error && <p className="small muted">The checks could not run: {error}</p>}
      {findings === null ? (
        <p className="small muted">Checking…</p>
      ) : findings.length === 0 ? (
        <p className="dc-lint-clean small">
          <CircleCheck size={16} aria-hidden="true" /> Nothing missing. Every section this kind expects is there.
        </p>
      ) : (
        <ul className="dc-findings" aria-label="Findings">
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className="dc-finding">
              <CircleAlert size={16} aria-hidden="true" className="dc-finding-icon" />
              <span className="grow small">
                {f.message}
                {f.line !== null && <span className="muted num"> (line {f.line})</span>}
              </span>
              {f.line !== null && canGo && (
                <button type="button" className="btn btn-small" onClick={() => onGoToLine(f.line!)} aria-label={`Go to line ${f.line}: ${f.section}`}>
                  Go to line
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
