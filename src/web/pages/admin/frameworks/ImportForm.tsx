/**
 * "Import a framework": paste a file or choose one (YAML or JSON, up to 1 MB), optionally
 * activating it; a refused file's problems are listed by line and get focus.
 */
import { FileUp, TriangleAlert, Upload } from 'lucide-react';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { api, ApiError, errorMessage } from '../../../api/client.js';
import type { StoredFramework } from '../../../api/types.js';
import { problemLine } from './problemLine.js';

const MAX_BYTES = 1_000_000;

export function ImportForm({ onImported }: { onImported(framework: StoredFramework, created: boolean, activated: boolean): void }) {
  const id = useId();
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState('');
  const [activate, setActivate] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const errorsRef = useRef<HTMLDivElement>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(new ApiError({ status: 413, code: 'local', detail: `${file.name} is larger than 1 MB.` }));
      return;
    }
    setContent(await file.text());
    setFileName(file.name);
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!content.trim()) {
      setError(new ApiError({ status: 400, code: 'local', detail: 'Paste a framework file or choose one first.' }));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const answer = await api.full.post<StoredFramework>('/frameworks/import', {
        content,
        ...(fileName ? { fileName } : {}),
        activate,
      });
      onImported(answer.data, answer.status === 201, activate);
      setContent('');
      setFileName('');
      if (fileRef.current) fileRef.current.value = '';
    } catch (e) {
      setError(e);
      window.setTimeout(() => errorsRef.current?.focus(), 0);
    } finally {
      setPending(false);
    }
  }

  const problems = error instanceof ApiError && error.errors.length ? error.errors : [];
  return (
    <form className="card form fwa-import" onSubmit={submit} noValidate aria-labelledby="import-heading">
      <h2 id="import" className="card-title">
        <span id="import-heading">Import a framework</span>
      </h2>
      <p className="muted small">
        A YAML or JSON file in the shape of <code>frameworks/default.yaml</code>. A file whose <code>id</code> is already here becomes its next
        version; people’s assessments keep pointing at the version they were made against.
      </p>
      {error !== null && (
        <div ref={errorsRef} tabIndex={-1} className="form-error fwa-errors" role="alert">
          <TriangleAlert size={16} aria-hidden="true" />
          <div>
            <p>{problems.length ? `The file has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:` : errorMessage(error)}</p>
            {problems.length > 0 && (
              <ul className="fwa-error-list" aria-label="Problems in the file">
                {problems.map((p, i) => (
                  <li key={i}>{problemLine(p)}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-content`} className="field-label">
          Framework file (YAML or JSON)
        </label>
        <textarea
          id={`${id}-content`}
          className="mono fwa-content"
          rows={12}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          spellCheck={false}
          placeholder={'id: my-ladder\nname: Our engineering ladder\nversion: 1\nlevels:\n  - id: senior\n    name: Senior\n…'}
          aria-invalid={problems.length ? true : undefined}
        />
      </div>
      <div className="fwa-import-row">
        <label className="btn fwa-file">
          <Upload size={16} aria-hidden="true" /> Choose a file…
          <input ref={fileRef} type="file" accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml" onChange={(e) => void choose(e)} className="visually-hidden" />
        </label>
        {fileName && <span className="muted small">{fileName}</span>}
        <label className="checkbox">
          <input type="checkbox" checked={activate} onChange={(e) => setActivate(e.target.checked)} />
          Activate after import
        </label>
        <span className="grow" />
        <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
          <FileUp size={16} aria-hidden="true" /> {pending ? 'Importing…' : 'Import'}
        </button>
      </div>
    </form>
  );
}
