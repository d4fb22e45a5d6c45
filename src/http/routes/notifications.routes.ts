import { Type } from 'typebox';
import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, Body, Id, IsoTime, Page, PageQuery } from '../schemas/common.js';

const NotificationSchema = Type.Object({
  id: Id,
  kind: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  text: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoTime,
  readAt: Type.Union([IsoTime, Type.Null()]),
});

export const notificationsRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Your notifications, newest first',
        querystring: Type.Object({ ...PageQuery, unread: Type.Optional(Type.Boolean()) }),
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
        body: Body({ ids: Type.Union([Type.Array(Id, { maxItems: 200 }), Type.Literal('all')]) }),
        response: { 200: Type.Object({ marked: Type.Integer() }), ...authErrors },
      },
    },
    async (request) => services.notifications.markRead(actorOf(request), request.body.ids),
  );
};
