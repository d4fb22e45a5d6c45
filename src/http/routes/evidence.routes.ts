import type { FastifyReply } from 'fastify';
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { etag, ifMatchVersion } from '../etag.js';
import { extractMetrics } from '../../core/evidence/metric-extraction.js';
import { authErrors, IdParams, NoContent, Page, precondition } from '../schemas/common.js';
import {
  EvidenceListItemSchema,
  EvidenceRef,
  EvidencePatchBody,
  EvidenceQuery,
  ExportAnswer,
  ExportQuery,
  ImportAnswer,
  ImportBody,
  ImportQuery,
  NewEvidenceBody,
  SuggestAnswer,
  SuggestBody,
} from '../schemas/evidence.js';

const withEtag = <T>(reply: FastifyReply, r: { evidence: T; version: number }): T => {
  reply.header('ETag', etag(r.version));
  return r.evidence;
};

export const evidenceRoutes: RoutePlugin = async (app, { services }) => {
  const { evidence } = services;

  app.get(
    '/evidence',
    {
      schema: {
        tags: ['evidence'],
        summary: 'List or search the evidence you may see',
        description:
          'Without `q`: newest first. With `q`: by relevance, then date; words AND-ed, "quoted phrases", prefix*. Repeated filters mean either; different filters combine with and.',
        querystring: EvidenceQuery,
        response: { 200: Page(EvidenceListItemSchema), ...authErrors },
      },
    },
    async (request) => {
      const q = request.query;
      return evidence.list(actorOf(request), { ...q, limit: q.limit ?? 20 });
    },
  );

  app.post(
    '/evidence',
    {
      schema: { tags: ['evidence'], summary: 'Log an entry', body: NewEvidenceBody, response: { 201: EvidenceRef, ...authErrors } },
    },
    async (request, reply) => {
      const r = await evidence.create(actorOf(request), request.body);
      return reply.code(201).send(withEtag(reply, r));
    },
  );

  app.post(
    '/evidence/suggest-metrics',
    {
      schema: { tags: ['evidence'], summary: 'Metrics the text mentions, for the person to confirm', body: SuggestBody, response: { 200: SuggestAnswer, ...authErrors } },
    },
    async (request) => ({ metrics: extractMetrics(request.body.text) }),
  );

  app.get(
    '/evidence/export',
    {
      schema: {
        tags: ['evidence'],
        summary: 'Your entries as Markdown files with front matter, one per period',
        querystring: ExportQuery,
        response: { 200: ExportAnswer, ...authErrors },
      },
    },
    async (request) => ({ files: await services.evidenceTransfer.exportMarkdown(actorOf(request), request.query.period ?? 'month') }),
  );

  app.post(
    '/evidence/import',
    {
      schema: {
        tags: ['evidence'],
        summary: 'Import an export (format staffpath) or a plain brag document (format brag); dryRun previews',
        querystring: ImportQuery,
        body: ImportBody,
        response: { 200: ImportAnswer, ...authErrors },
      },
    },
    async (request) => services.evidenceTransfer.import(actorOf(request), request.body, request.query.dryRun === true),
  );

  app.get(
    '/evidence/:id',
    { schema: { tags: ['evidence'], summary: 'One entry, with its ETag', params: IdParams, response: { 200: EvidenceRef, ...authErrors } } },
    async (request, reply) => withEtag(reply, await evidence.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/evidence/:id',
    {
      preValidation: async (request) => {
        await evidence.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: {
        tags: ['evidence'],
        summary: 'Change an entry (owner); If-Match optional, 412 when stale',
        params: IdParams,
        body: EvidencePatchBody,
        response: { 200: EvidenceRef, ...authErrors, ...precondition },
      },
    },
    async (request, reply) => withEtag(reply, await evidence.update(actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
  );

  app.delete(
    '/evidence/:id',
    {
      schema: { tags: ['evidence'], summary: 'Move an entry to the trash for 30 days', params: IdParams, response: { 204: NoContent, ...authErrors, ...precondition } },
    },
    async (request, reply) => {
      await evidence.remove(actorOf(request), request.params.id, ifMatchVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/evidence/:id/restore',
    { schema: { tags: ['evidence'], summary: 'Bring an entry back from the trash', params: IdParams, response: { 200: EvidenceRef, ...authErrors } } },
    async (request, reply) => withEtag(reply, await evidence.restore(actorOf(request), request.params.id)),
  );
};
