import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, Page } from '../schemas/common.js';
import { MarkedAnswer, MarkReadBody, NotificationSchema, NotificationsQuery } from '../schemas/notifications.js';

export const notificationsRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Your notifications, newest first',
        querystring: NotificationsQuery,
        response: { 200: Page(NotificationSchema), ...authErrors },
      },
    },
    async (request) => services.notifications.list(actorOf(request), { ...request.query, limit: request.query.limit ?? 20 }),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark notifications read (ids, or all)',
        body: MarkReadBody,
        response: { 200: MarkedAnswer, ...authErrors },
      },
    },
    async (request) => services.notifications.markRead(actorOf(request), request.body.ids),
  );
};
