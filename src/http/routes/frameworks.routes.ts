import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, IdParams, Page } from '../schemas/common.js';
import { FrameworkIdParams, FrameworkImportBody, FrameworkRef, FrameworkVersionsAnswer, FrameworkYaml } from '../schemas/frameworks.js';

export const frameworksRoutes: RoutePlugin = async (app, { services }) => {
  const { frameworks } = services;

  app.get(
    '/frameworks',
    { schema: { tags: ['frameworks'], summary: 'Frameworks (newest version of each), the active one marked', response: { 200: Page(FrameworkRef), ...authErrors } } },
    async (request) => ({ items: await frameworks.list(actorOf(request)), nextCursor: null }),
  );

  app.get(
    '/frameworks/:id',
    { schema: { tags: ['frameworks'], summary: 'One framework version; `active` for the organisation’s', params: FrameworkIdParams, response: { 200: FrameworkRef, ...authErrors } } },
    async (request) => frameworks.get(actorOf(request), request.params.id),
  );

  app.get(
    '/frameworks/:id/versions',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Every stored version of the framework',
        params: FrameworkIdParams,
        response: { 200: FrameworkVersionsAnswer, ...authErrors },
      },
    },
    async (request) => ({ items: await frameworks.versions(actorOf(request), request.params.id) }),
  );

  app.get(
    '/frameworks/:id/export',
    { schema: { tags: ['frameworks'], summary: 'The framework as a YAML file', params: FrameworkIdParams, response: { 200: FrameworkYaml, ...authErrors } } },
    async (request, reply) => {
      const { fileName, yaml } = await frameworks.exportYaml(actorOf(request), request.params.id);
      return reply.type('application/yaml; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`).send(yaml);
    },
  );

  app.post(
    '/frameworks/import',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Import a framework file, YAML or JSON (admin); problems name the line and field',
        body: FrameworkImportBody,
        response: { 201: FrameworkRef, 200: FrameworkRef, ...authErrors },
      },
    },
    async (request, reply) => {
      const { content, fileName, activate } = request.body;
      const r = await frameworks.import(actorOf(request), content, fileName, activate === true);
      return reply.code(r.created ? 201 : 200).send(r.framework);
    },
  );

  app.post(
    '/frameworks/:id/activate',
    { schema: { tags: ['frameworks'], summary: 'Make this framework version the organisation’s (admin)', params: IdParams, response: { 200: FrameworkRef, ...authErrors } } },
    async (request) => frameworks.activate(actorOf(request), request.params.id),
  );
};
