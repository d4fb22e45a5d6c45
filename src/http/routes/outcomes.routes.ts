import { Type } from 'typebox';
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { ifMatchVersion, sendVersioned } from '../etag.js';
import { authErrors, IdParams, NoContent, Page, precondition } from '../schemas/common.js';
import { ImportAnswer, MeasurementParams, MeasurementRef, NewMeasurementBody, NewOutcomeBody, OutcomePatchBody, OutcomeQuery, OutcomeRef } from '../schemas/outcomes.js';

/** Computed on read (PRODUCT.md §9): ignored when a client sends them back. */
const COMPUTED = ['measurements', 'latest', 'progress'];

export const outcomesRoutes: RoutePlugin = async (app, { services }) => {
  const { outcomes } = services;
  // Measurements arrive as CSV on the import route; this plugin's routes alone accept it.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get(
    '/outcomes',
    {
      schema: {
        tags: ['outcomes'],
        summary: 'List the outcomes you may see, newest first',
        description: '`owner` takes `me`, `reports` or person ids; `initiativeId` narrows to one initiative.',
        querystring: OutcomeQuery,
        response: { 200: Page(OutcomeRef), ...authErrors },
      },
    },
    async (request) => outcomes.list(actorOf(request), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.post(
    '/outcomes',
    {
      config: { computed: COMPUTED },
      schema: {
        tags: ['outcomes'],
        summary: 'Track an outcome metric',
        description: 'The target must lie on the better side of the baseline for the direction (400 naming `target` otherwise).',
        body: NewOutcomeBody,
        response: { 201: OutcomeRef, ...authErrors },
      },
    },
    async (request, reply) => reply.code(201).send(sendVersioned(reply, await outcomes.create(actorOf(request), request.body))),
  );

  app.get(
    '/outcomes/:id',
    { schema: { tags: ['outcomes'], summary: 'One outcome with its measurements and progress', params: IdParams, response: { 200: OutcomeRef, ...authErrors } } },
    async (request, reply) => sendVersioned(reply, await outcomes.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/outcomes/:id',
    {
      config: { computed: COMPUTED },
      preValidation: async (request) => {
        await outcomes.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: {
        tags: ['outcomes'],
        summary: 'Change an outcome (owner); If-Match optional, 412 when stale',
        params: IdParams,
        body: OutcomePatchBody,
        response: { 200: OutcomeRef, ...authErrors, ...precondition },
      },
    },
    async (request, reply) => sendVersioned(reply, await outcomes.update(actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
  );

  app.delete(
    '/outcomes/:id',
    { schema: { tags: ['outcomes'], summary: 'Delete an outcome and its measurements', params: IdParams, response: { 204: NoContent, ...authErrors, ...precondition } } },
    async (request, reply) => {
      await outcomes.remove(actorOf(request), request.params.id, ifMatchVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/outcomes/:id/measurements',
    {
      preValidation: async (request) => {
        await outcomes.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: {
        tags: ['outcomes'],
        summary: 'Record a measurement; the answer carries the outcome’s new ETag',
        params: IdParams,
        body: NewMeasurementBody,
        response: { 201: MeasurementRef, ...authErrors, ...precondition },
      },
    },
    async (request, reply) => {
      const r = await outcomes.record(actorOf(request), request.params.id, request.body, ifMatchVersion(request));
      sendVersioned(reply, r.outcome);
      return reply.code(201).send(r.measurement);
    },
  );

  app.post(
    '/outcomes/:id/measurements/import',
    {
      preValidation: async (request) => {
        await outcomes.get(actorOf(request), (request.params as { id: string }).id);
      },
      schema: {
        tags: ['outcomes'],
        summary: 'Import measurements from CSV (header measuredOn,value,note): every row or none',
        description: 'A bad row answers 400 with `errors` naming each bad cell as `/rows/N/column` (N counts data rows from 1).',
        params: IdParams,
        consumes: ['text/csv'],
        body: Type.String({ description: 'CSV text' }),
        response: { 200: ImportAnswer, ...authErrors },
      },
    },
    async (request, reply) => {
      const r = await outcomes.importCsv(actorOf(request), request.params.id, request.body);
      return { imported: r.imported, outcome: sendVersioned(reply, r.outcome) };
    },
  );

  app.delete(
    '/outcomes/:id/measurements/:mid',
    { schema: { tags: ['outcomes'], summary: 'Remove a measurement', params: MeasurementParams, response: { 204: NoContent, ...authErrors } } },
    async (request, reply) => {
      await outcomes.removeMeasurement(actorOf(request), request.params.id, request.params.mid);
      return reply.code(204).send(null);
    },
  );
};
