import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config/config.js';
import type { Services } from '../core/services.js';
import { ERROR_STATUS } from '../core/errors.js';
import { frameworkProblem, registerErrorHandling } from './plugins/errors.js';
import { registerAuthentication } from './plugins/authenticate.js';
import { registerServerOwnedFields } from './plugins/server-owned.js';
import { registerInputText } from './plugins/input-text.js';
import { registerWeb } from './plugins/web.js';
import { validatorCompiler } from './validation.js';
import { buildSerializer } from './serialization.js';
import { CSP_DIRECTIVES } from './csp.js';
import { ProblemSchema } from './schemas/common.js';
import { PersonSchema } from './schemas/people.js';
import { TeamSchema } from './schemas/teams.js';
import { EvidenceSchema } from './schemas/evidence.js';
import { FrameworkSchema } from './schemas/frameworks.js';
import { AssessmentSchema } from './schemas/assessments.js';
import { InitiativeSchema } from './schemas/initiatives.js';
import { CommentSchema, DocumentSchema, ReviewSchema, RevisionSchema } from './schemas/documents.js';
import { documentsRoutes } from './routes/documents.routes.js';
import { documentReviewsRoutes } from './routes/document-reviews.routes.js';
import { StakeholderSchema } from './schemas/stakeholders.js';
import { MeasurementSchema, OutcomeSchema } from './schemas/outcomes.js';
import { OrganisationSettingsSchema } from './schemas/settings.js';
import { ProposalSchema } from './schemas/proposals.js';
import { initiativesRoutes } from './routes/initiatives.routes.js';
import { stakeholdersRoutes } from './routes/stakeholders.routes.js';
import { outcomesRoutes } from './routes/outcomes.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { systemRoutes } from './routes/system.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { sessionsRoutes } from './routes/sessions.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { teamsRoutes } from './routes/teams.routes.js';
import { mentorshipsRoutes } from './routes/mentorships.routes.js';
import { evidenceRoutes } from './routes/evidence.routes.js';
import { proposalsRoutes } from './routes/proposals.routes.js';
import { frameworksRoutes } from './routes/frameworks.routes.js';
import { assessmentsRoutes } from './routes/assessments.routes.js';
import { readinessRoutes } from './routes/readiness.routes.js';
import { notificationsRoutes } from './routes/notifications.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { documentsTransferRoutes } from './routes/documents-transfer.routes.js';
import type { RoutePlugin } from './context.js';

export const API_PREFIX = '/api/v1';

let requestCounter = 0;
const processTag = Math.random().toString(36).slice(2, 8);
const nextRequestId = (): string => `${processTag}-${(++requestCounter).toString(36)}`;

/** Every route module, registered under /api/v1. Later capabilities add theirs here. */
const ROUTES: RoutePlugin[] = [systemRoutes, authRoutes, sessionsRoutes, peopleRoutes, teamsRoutes, mentorshipsRoutes, proposalsRoutes, evidenceRoutes,
  frameworksRoutes, assessmentsRoutes, readinessRoutes, notificationsRoutes, auditRoutes, initiativesRoutes, stakeholdersRoutes, outcomesRoutes,
  settingsRoutes, documentsRoutes, documentReviewsRoutes, documentsTransferRoutes];

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the HTTP app: ecosystem plugins, then the request gates (errors, authentication),
 * then routes, then the web app. `server.ts` only listens and shuts down.
 */
export async function buildApp(services: Services, config: Config, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Request ids only tie log lines together: a process-unique counter is enough and free.
    genReqId: nextRequestId,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // URLs the router itself refuses (undecodable, too long) answer problem+json too.
    frameworkErrors: frameworkProblem,
    schemaController: { compilersFactory: { buildSerializer } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandling(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: CSP_DIRECTIVES,
    },
    crossOriginEmbedderPolicy: false,
  });

  app.addSchema(ProblemSchema);
  app.addSchema(PersonSchema);
  app.addSchema(TeamSchema);
  app.addSchema(EvidenceSchema);
  app.addSchema(FrameworkSchema);
  app.addSchema(AssessmentSchema);
  for (const schema of [InitiativeSchema, StakeholderSchema, MeasurementSchema, OutcomeSchema, OrganisationSettingsSchema, ProposalSchema]) app.addSchema(schema);
  for (const schema of [DocumentSchema, ReviewSchema, CommentSchema, RevisionSchema]) app.addSchema(schema);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'staffpath API',
        version: '1',
        description: `Errors are application/problem+json with a stable \`code\`: ${Object.keys(ERROR_STATUS).join(', ')}.`,
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'staffpath_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  // The browsable docs are public, like the document they show.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(`${API_PREFIX}/docs`)) route.config = { ...(route.config ?? {}), public: true };
  });
  await app.register(fastifySwaggerUi, { routePrefix: `${API_PREFIX}/docs`, staticCSP: true,
    // Served over plain HTTP on localhost too: never ask the browser to upgrade to HTTPS.
    transformStaticCSP: (header) => header.replace(/upgrade-insecure-requests;?/, ''),
    uiConfig: { docExpansion: 'list' },
  });

  registerAuthentication(app, services, config.bodyLimitBytes);
  registerServerOwnedFields(app);
  registerInputText(app);

  for (const routes of ROUTES) await app.register(routes, { prefix: API_PREFIX, services, config });
  await registerWeb(app, config.webDir);
  return app;
}
