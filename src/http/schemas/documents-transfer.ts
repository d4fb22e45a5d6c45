import { Type } from 'typebox';
import { DocumentStatus } from './documents.js';
import { Body } from './common.js';

const File = Body({
  path: Type.String({ minLength: 1, maxLength: 300, description: 'Where the file sits in the folder, e.g. doc/adr/0001-record-architecture-decisions.md' }),
  content: Type.String({ maxLength: 5_000_000 }),
});

export const DocumentExportAnswer = Type.Object({
  files: Type.Array(Type.Object({ path: Type.String({ description: '<prefix>-<NNNN>-<slug>.md, e.g. rfc-0007-event-bus-migration.md' }), content: Type.String() })),
});

export const DocumentImportBody = Body({
  files: Type.Array(File, { minItems: 1, maxItems: 2000, description: 'staffpath exports, Nygard ADRs and MADR ADRs, in any mix' }),
  dryRun: Type.Optional(Type.Boolean({ description: 'Answer what the import would do, and write nothing' })),
});

export const DocumentImportAnswer = Type.Object({
  imported: Type.Integer({ description: 'Documents created (would be created, in a dry run)' }),
  skipped: Type.Integer({ description: 'Files already imported before, or twice in this import' }),
  warnings: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
  documents: Type.Array(Type.Object({ id: Type.String(), key: Type.String({ description: 'RFC-0007' }), title: Type.String(), status: DocumentStatus })),
});
