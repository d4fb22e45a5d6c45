import type { Db } from '../storage/database.js';
import { notificationsRepository, type NotificationRow } from '../storage/repositories/notifications.repository.js';
import { nowIso } from './ids.js';
import { decodeCursor, toPage } from './pagination.js';
import type { Actor, Page } from './types.js';

export interface Notification {
  id: string;
  kind: string;
  actorId: string | null;
  subjectId: string | null;
  text: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

const present = (r: NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  actorId: r.actor_id,
  subjectId: r.subject_id,
  text: r.text,
  link: r.link,
  createdAt: r.created_at,
  readAt: r.read_at,
});

/** In-app notifications: each person sees only their own. */
export class NotificationsService {
  constructor(private readonly db: Db) {}

  async list(actor: Actor, q: { unread?: boolean | undefined; limit: number; cursor?: string | undefined }): Promise<Page<Notification>> {
    const rows = await notificationsRepository.list(this.db, actor.personId, q.unread === true, decodeCursor(q.cursor), q.limit);
    return toPage(rows, q.limit, present, (r) => ({ k: r.created_at, id: r.id }));
  }

  async markRead(actor: Actor, ids: string[] | 'all'): Promise<{ marked: number }> {
    return { marked: await notificationsRepository.markRead(this.db, actor.personId, ids, nowIso()) };
  }
}
