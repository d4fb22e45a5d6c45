/**
 * Admin › Frameworks: the organisation's career frameworks. List them (the active one
 * marked) with their versions, export any as YAML, import a file (pasted or chosen) with
 * its problems listed by line, and activate another one.
 */
import { CircleCheck, Download, FileUp, Layers, TriangleAlert, Upload } from 'lucide-react';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { api, ApiError, errorMessage } from '../api/client.js';
import type { Page, StoredFramework } from '../api/types.js';
import { EmptyState, Loading, PageHeader, Time } from '../components/bits.js';
import { ConfirmDialog } from '../components/Dialog.js';
import { FormError } from '../components/Form.js';
import { useToast } from '../components/Toast.js';
import { setActiveFramework } from '../lib/framework.js';
import { useAsync } from '../lib/hooks.js';

const MAX_BYTES = 1_000_000;

interface Version {
  id: string;
  version: number;
  createdAt: string;
}

/** "line 12 (dimensions[2].levels.staff): message", from a problem's parts. */
function problemLine(e: { message: string; line?: number; field?: string; pointer: string }): string {
  // The server's message already starts with "line 12, column 3 (field): "; say it our way.
  const bare = e.message.replace(/^line \d+(?:, column \d+)?(?: \([^)]*\))?:\s*/, '');
  if (e.line === undefined) return e.pointer && e.pointer !== '/' ? `${e.pointer}: ${bare}` : bare;
  return `line ${e.line}${e.field ? ` (${e.field})` : ''}: ${bare}`;
}

function Versions({ framework, onActivate }: { framework: StoredFramework; onActivate(id: string, label: string): void }) {
  const [open, setOpen] = useState(false);
  const versions = useAsync(
    async (signal) => (open ? (await api.get<{ items: Version[] }>(`/frameworks/${encodeURIComponent(framework.id)}/versions`, { signal })).items : null),
    [open, framework.id],
  );
  return (
    <details className="fwa-versions" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Versions</summary>
      {versions.error ? (
        <p className="muted small">{errorMessage(versions.error)}</p>
      ) : !versions.data ? (
        <p className="muted small">Loading…</p>
      ) : (
        <ul className="fwa-version-list">
          {[...versions.data]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.id}>
                <span className="num">Version {v.version}</span>
                <span className="muted small">
                  <Time value={v.createdAt} />
                </span>
                <a className="btn btn-small btn-ghost" href={`/api/v1/frameworks/${encodeURIComponent(v.id)}/export`} download aria-label={`Export version ${v.version} as YAML`}>
                  <Download size={14} aria-hidden="true" /> YAML
                </a>
                {v.id === framework.id && framework.active ? (
                  <span className="badge badge-success">Active</span>
                ) : (
                  <button type="button" className="btn btn-small" onClick={() => onActivate(v.id, `${framework.name}, version ${v.version}`)}>
                    Activate
                  </button>
                )}
              </li>
            ))}
        </ul>
      )}
    </details>
  );
}

function ImportForm({ onImported }: { onImported(framework: StoredFramework, created: boolean, activated: boolean): void }) {
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

export default function AdminFrameworksPage() {
  const toast = useToast();
  const list = useAsync((signal) => api.get<Page<StoredFramework>>('/frameworks', { signal }), []);
  const [confirm, setConfirm] = useState<{ id: string; label: string } | null>(null);
  const items = [...(list.data?.items ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));

  function imported(framework: StoredFramework, created: boolean, activated: boolean) {
    const label = `${framework.name}, version ${framework.version}`;
    const what = created ? `Imported ${label}` : `Nothing changed: the file is the same as ${label}`;
    toast({ message: activated ? `${what}${created ? ' and activated it' : '; it is active'}.` : `${what}.` });
    if (activated || framework.active) setActiveFramework({ ...framework, active: true });
    list.reload();
  }

  async function activate(id: string) {
    const framework = await api.post<StoredFramework>(`/frameworks/${encodeURIComponent(id)}/activate`);
    setActiveFramework(framework);
    toast({ message: `${framework.name}, version ${framework.version}, is now the organisation’s framework.` });
    list.reload();
  }

  return (
    <div className="page">
      <PageHeader
        title="Frameworks"
        documentTitle="Admin · Frameworks"
        description="The career framework is data: levels, dimensions, signals, readiness thresholds and the starting plan. One is active for the whole organisation."
      />
      <FormError message={list.error ? errorMessage(list.error) : null} />
      {list.loading && !list.data ? (
        <Loading label="Loading frameworks…" />
      ) : items.length === 0 ? (
        list.error ? null : (
          <EmptyState icon={<Layers size={28} />} title="No frameworks yet">
            <p>The default ladder (Senior, Staff, Principal) is installed the first time anyone needs it. Import your own below.</p>
          </EmptyState>
        )
      ) : (
        <ul className="fwa-list" aria-label="Frameworks">
          {items.map((f) => (
            <li key={f.id} className={`card fwa-item ${f.active ? 'fwa-item-active' : ''}`}>
              <div className="fwa-item-head">
                <div className="grow">
                  <h2 className="fwa-name">
                    {f.name}{' '}
                    {f.active && (
                      <span className="badge badge-success">
                        <CircleCheck size={12} aria-hidden="true" /> Active
                      </span>
                    )}
                  </h2>
                  <p className="muted small">
                    <span className="mono">{f.key}</span> · version {f.version} · {f.definition.levels.length} levels ({f.definition.levels.map((l) => l.name).join(', ')}) ·{' '}
                    {f.definition.dimensions.length} dimensions · imported <Time value={f.createdAt} />
                  </p>
                </div>
                <div className="fwa-actions">
                  <a className="btn btn-small" href={`/api/v1/frameworks/${encodeURIComponent(f.id)}/export`} download aria-label={`Export ${f.name} as YAML`}>
                    <Download size={14} aria-hidden="true" /> Export
                  </a>
                  {!f.active && (
                    <button type="button" className="btn btn-small btn-primary" onClick={() => setConfirm({ id: f.id, label: `${f.name}, version ${f.version}` })}>
                      Activate
                    </button>
                  )}
                </div>
              </div>
              {f.definition.description && <p className="fwa-description">{f.definition.description}</p>}
              <Versions framework={f} onActivate={(id, label) => setConfirm({ id, label })} />
            </li>
          ))}
        </ul>
      )}

      <ImportForm onImported={imported} />

      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(o) => !o && setConfirm(null)}
        tone="primary"
        title="Activate this framework?"
        description={
          <>
            {confirm?.label} becomes the framework for everyone: its levels and dimensions are what people rate, tag and aim for from now on. Existing
            assessments keep the version they were made against; evidence tags and target levels that it does not know are kept and shown as unmapped.
          </>
        }
        confirmLabel="Activate"
        onConfirm={() => (confirm ? activate(confirm.id) : undefined)}
      />
    </div>
  );
}
