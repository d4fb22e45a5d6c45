import type { Db } from '../../storage/database.js';
import { notificationsRepository } from '../../storage/repositories/notifications.repository.js';
import { newId, nowIso } from '../ids.js';

/** One in-app notification, unread. */
export async function notify(
  db: Db,
  n: { personId: string; kind: string; actorId: string | null; subjectId: string | null; text: string; link: string | null },
): Promise<void> {
  await notificationsRepository.insert(db, {
    id: newId(),
    person_id: n.personId,
    kind: n.kind,
    actor_id: n.actorId,
    subject_id: n.subjectId,
    text: n.text,
    link: n.link,
    created_at: nowIso(),
    read_at: null,
  });
}
