/**
 * Documents as files: `GET /documents/export` and `POST /documents/import`. Static segments
 * win over `/documents/:id` in Fastify's router, whatever the order of registration.
 */
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors } from '../schemas/common.js';
import { DocumentExportAnswer, DocumentImportAnswer, DocumentImportBody } from '../schemas/documents-transfer.js';

export const documentsTransferRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/documents/export',
    {
      schema: {
        tags: ['documents'],
        summary: 'Every document you own, whatever its status, as one Markdown file with front matter each',
        response: { 200: DocumentExportAnswer, ...authErrors },
      },
    },
    async (request) => ({ files: await services.documentTransfer.exportFiles(actorOf(request)) }),
  );

  app.post(
    '/documents/import',
    {
      schema: {
        tags: ['documents'],
        summary: 'Import a folder: staffpath exports, Nygard ADRs, MADR ADRs; all or nothing, dryRun previews',
        description:
          'Numbers, dates, statuses and supersedes links are kept; a number already in use takes the next free one, with a warning. A file already imported is skipped. A file that does not read as an export is a 400 naming /files/N/content and the line; nothing is written.',
        body: DocumentImportBody,
        response: { 200: DocumentImportAnswer, ...authErrors },
      },
    },
    async (request) => services.documentTransfer.import(actorOf(request), request.body.files, request.body.dryRun === true),
  );
};
