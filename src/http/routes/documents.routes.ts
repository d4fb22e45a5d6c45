import { Type } from 'typebox';
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { ifMatchVersion, sendVersioned } from '../etag.js';
import { authErrors, IdParams, NoContent, Page, precondition, ProblemRef } from '../schemas/common.js';
import {
  DiffQuery,
  DiffSchema,
  DOCUMENT_COMPUTED,
  DocumentPatchBody,
  DocumentQuery,
  DocumentRef,
  LintAnswer,
  LintBody,
  NewDocumentBody,
  RevisionParams,
  RevisionRef,
  TemplatesAnswer,
  TransitionBody,
} from '../schemas/documents.js';
import { lintWithMatrix } from '../../core/documents/lint-with-matrix.js';

const writeErrors = { ...authErrors, ...precondition, 428: ProblemRef };
/** Server-owned fields a client may send back with an edit (PRODUCT.md §8 "Unknown input"). */
const COMPUTED = [...DOCUMENT_COMPUTED, 'kind', 'number'];

/** Documents (PRODUCT.md §7, §9 "Documents"): reviewers, reviews and comments are in document-reviews.routes.ts. */
export const documentsRoutes: RoutePlugin = async (app, { services }) => {
  const { documents, documentRevisions } = services;
  /** Routes with an id check visibility before the body is judged (404 before 400). */
  const visibleFirst = async (request: { params: unknown }) => {
    await documents.get(actorOf(request as never), (request.params as { id: string }).id);
  };

  app.get(
    '/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'List the documents you may see, newest first',
        description: '`kind`, `status` and `owner` (`me`, `reports` or ids) repeat to mean either; `reviewer=me` keeps those you review, and with `waiting=true` only those in review still waiting for your verdict.',
        querystring: DocumentQuery,
        response: { 200: Page(DocumentRef), ...authErrors },
      },
    },
    async (request) => documents.list(actorOf(request), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.post(
    '/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Start a document (a draft); without a body it starts from the kind’s template',
        body: NewDocumentBody,
        response: { 201: DocumentRef, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(sendVersioned(reply, await documents.create(actorOf(request), request.body))),
  );

  app.get(
    '/documents/templates',
    { schema: { tags: ['documents'], summary: 'The template of each kind (the organisation’s where it has replaced one)', response: { 200: TemplatesAnswer, ...authErrors } } },
    async () => ({ items: documents.templates.all() }),
  );

  app.post(
    '/documents/lint',
    {
      schema: {
        tags: ['documents'],
        summary: 'Lint a text as a document of a kind: missing or empty sections, decisions without a reason',
        description: 'Pure: nothing is stored. The same rules as `staffpath doc lint`.',
        body: LintBody,
        response: { 200: LintAnswer, ...authErrors },
      },
    },
    async (request) => ({ findings: lintWithMatrix(request.body.kind, request.body.body, request.body.matrix ?? null) }),
  );

  app.get(
    '/documents/:id',
    { schema: { tags: ['documents'], summary: 'One document, with its ETag', params: IdParams, response: { 200: DocumentRef, ...authErrors } } },
    async (request, reply) => sendVersioned(reply, await documents.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/documents/:id',
    {
      config: { computed: COMPUTED },
      preValidation: visibleFirst,
      schema: {
        tags: ['documents'],
        summary: 'Edit a document (author); If-Match required (428 without, 412 when stale); each change of text records a revision',
        params: IdParams,
        body: DocumentPatchBody,
        response: { 200: DocumentRef, ...writeErrors },
      },
    },
    async (request, reply) => sendVersioned(reply, await documents.update(actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
  );

  app.delete(
    '/documents/:id',
    { schema: { tags: ['documents'], summary: 'Delete a document with its revisions, reviews and comments (author; If-Match required)', params: IdParams, response: { 204: NoContent, ...writeErrors } } },
    async (request, reply) => {
      await documents.remove(actorOf(request), request.params.id, ifMatchVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/documents/:id/transitions',
    {
      preValidation: visibleFirst,
      schema: {
        tags: ['documents'],
        summary: 'Move a document along its lifecycle (author; If-Match required)',
        description:
          'draft → in-review | abandoned; in-review → approved | rejected | draft | abandoned; approved → superseded (name `supersededBy`, a newer document of yours, which then links back) | abandoned. Any other move is 409 `illegal_transition`; approving while a required approver has not approved or a request for changes stands is 409 `approval_pending`.',
        params: IdParams,
        body: TransitionBody,
        response: { 200: DocumentRef, ...writeErrors },
      },
    },
    async (request, reply) => sendVersioned(reply, await documents.transition(actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
  );

  app.get(
    '/documents/:id/revisions',
    { schema: { tags: ['documents'], summary: 'Every saved revision, newest first', params: IdParams, response: { 200: Type.Object({ items: Type.Array(RevisionRef) }), ...authErrors } } },
    async (request) => ({ items: await documentRevisions.revisions(actorOf(request), request.params.id) }),
  );

  app.get(
    '/documents/:id/revisions/:revision',
    { schema: { tags: ['documents'], summary: 'One revision', params: RevisionParams, response: { 200: RevisionRef, ...authErrors } } },
    async (request) => documentRevisions.revision(actorOf(request), request.params.id, request.params.revision),
  );

  app.post(
    '/documents/:id/revisions/:revision/restore',
    {
      schema: {
        tags: ['documents'],
        summary: 'Restore an old revision as a new one (author; If-Match required)',
        params: RevisionParams,
        response: { 200: DocumentRef, ...writeErrors },
      },
    },
    async (request, reply) => sendVersioned(reply, await documentRevisions.restore(actorOf(request), request.params.id, request.params.revision, ifMatchVersion(request))),
  );

  app.get(
    '/documents/:id/diff',
    {
      schema: {
        tags: ['documents'],
        summary: 'A readable diff of the bodies of two revisions',
        params: IdParams,
        querystring: DiffQuery,
        response: { 200: DiffSchema, ...authErrors },
      },
    },
    async (request) => documentRevisions.diff(actorOf(request), request.params.id, request.query.from, request.query.to),
  );
};
