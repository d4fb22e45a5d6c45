import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, Page, PageQuerySchema } from '../schemas/common.js';
import { AuditEntrySchema } from '../schemas/audit.js';

/** The audit log of account administration: admins read it; no route changes it. */
export const auditRoutes: RoutePlugin = async (app, { services }) => {
  const audit = services.audit;

  app.get(
    '/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'The audit log of account changes, newest first (admin)',
        description:
          'Every change of a reporting line, role, e-mail address or active state, every password reset and every move of reports: ' +
          'who did it, to whom, when and from which address. Append-only: no route edits or deletes an entry.',
        querystring: PageQuerySchema,
        response: { 200: Page(AuditEntrySchema), ...authErrors },
      },
    },
    async (request) => audit.list(actorOf(request), { limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  );
};
