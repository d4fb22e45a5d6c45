/**
 * Document templates (issue 10 item 1) are data files: `templates/documents/<kind>.md` ship with
 * staffpath, and an organisation replaces any of them by putting a file of the same name in the
 * folder the `templatesDir` setting names. Guidance is written as HTML comments, which the preview
 * hides and the linter does not count as content. `<title>` in a template becomes the title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS, DOCUMENT_KIND_SPECS, KIND_PREFIX, type DocumentKind } from './document-kinds.js';

export const SHIPPED_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/documents', import.meta.url));

export interface DocumentTemplate {
  kind: DocumentKind;
  label: string;
  prefix: string;
  body: string;
}

function readTemplate(dir: string, kind: DocumentKind): string | null {
  try {
    return readFileSync(join(dir, `${kind}.md`), 'utf8');
  } catch {
    return null;
  }
}

/** The templates in force: the organisation's where it has one, the shipped one otherwise. */
export class DocumentTemplates {
  private readonly cache = new Map<DocumentKind, string>();

  constructor(private readonly organisationDir: string = '') {}

  body(kind: DocumentKind): string {
    let text = this.cache.get(kind);
    if (text === undefined) {
      text = (this.organisationDir && readTemplate(this.organisationDir, kind)) || readTemplate(SHIPPED_TEMPLATES_DIR, kind) || '';
      this.cache.set(kind, text);
    }
    return text;
  }

  /** The template of `kind` with its title filled in. */
  filled(kind: DocumentKind, title: string): string {
    return this.body(kind).replaceAll('<title>', title);
  }

  all(): DocumentTemplate[] {
    return DOCUMENT_KINDS.map((kind) => ({ kind, label: DOCUMENT_KIND_SPECS[kind].label, prefix: KIND_PREFIX[kind], body: this.body(kind) }));
  }
}
