/**
 * Import measurements from CSV (a file or pasted text; header `measuredOn,value,note`). The
 * server takes every row or none: on a bad row the list names each bad row and cell in words
 * and says that nothing was imported.
 */
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { errorMessage, isApiError } from '../../api/client.js';
import type { Outcome } from '../../api/types.js';
import { useInvalidate } from '../../data/invalidate.js';
import { useToast } from '../Toast.js';
import { CSV_EXAMPLE, CSV_HEADER, importCsv } from './csvImport.js';

type Result = { kind: 'done'; imported: number } | { kind: 'rows'; messages: string[] } | { kind: 'error'; message: string };

export function MeasurementImport({ outcome }: { outcome: Outcome }) {
  const toast = useToast();
  const invalidate = useInvalidate();
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
    setResult(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!text.trim()) return setResult({ kind: 'error', message: `Choose a CSV file or paste its rows, starting with the header ${CSV_HEADER}.` });
    setPending(true);
    setResult(null);
    try {
      const answer = await importCsv(outcome.id, text);
      await invalidate.outcomes();
      const words = `Imported ${answer.imported} ${answer.imported === 1 ? 'measurement' : 'measurements'}.`;
      setResult({ kind: 'done', imported: answer.imported });
      toast({ message: words });
      setText('');
      setFileName(null);
    } catch (e) {
      if (isApiError(e) && e.status === 400 && e.errors.length) setResult({ kind: 'rows', messages: e.errors.map((p) => p.message) });
      else setResult({ kind: 'error', message: errorMessage(e) });
    } finally {
      setPending(false);
    }
  }

  return (
    <details className="oc-import">
      <summary>Import measurements from CSV</summary>
      <form className="form" onSubmit={submit} noValidate aria-label={`Import measurements of ${outcome.name}`}>
        <p className="field-hint">
          One measurement a row, under the header <code className="mono">{CSV_HEADER}</code>. Dates are written YYYY-MM-DD; the note is optional.
          Every row is imported, or none.
        </p>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            CSV file
          </label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void pickFile(e)} />
          {fileName && <p className="field-hint">Read {fileName}; its rows are below.</p>}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-text`}>
            Or paste the rows
          </label>
          <textarea id={`${id}-text`} className="mono" rows={5} value={text} placeholder={CSV_EXAMPLE} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        </div>
        {result?.kind === 'rows' && (
          <div className="form-error oc-import-errors" role="alert">
            <div>
              <p className="strong">Nothing was imported. Fix these rows and import again:</p>
              <ul>
                {result.messages.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {result?.kind === 'error' && (
          <div className="form-error" role="alert">
            <span>{result.message}</span>
          </div>
        )}
        {result?.kind === 'done' && (
          <p className="oc-import-done" role="status">
            Imported {result.imported} {result.imported === 1 ? 'measurement' : 'measurements'}.
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn" disabled={pending} aria-busy={pending}>
            {pending ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </details>
  );
}
