import type { Db } from '../storage/database.js';
import { auditRepository, type AuditRow } from '../storage/repositories/audit.repository.js';
import { newId, nowIso } from './ids.js';
import { decodeCursor, toPage } from './pagination.js';
import { loadScope } from './scope.js';
import { mayAdminister } from './visibility.js';
import { forbidden } from './errors.js';
import type { Actor, Page } from './types.js';

/**
 * The audit log of account administration (PRODUCT.md §4: admins keep accounts, never
 * content). Every change an admin makes to someone's account is written here in the same
 * transaction as the change: who, what, to whom, when and from which address. Admins read
 * it; nobody edits it — there is no such route, and the database refuses updates and
 * deletes.
 */
export const AUDIT_ACTIONS = [
  'person.created',
  'person.manager_changed',
  'person.role_changed',
  'person.email_changed',
  'person.deactivated',
  'person.reactivated',
  'person.password_reset',
  'people.reports_moved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditValue = string | number | boolean | null;

export interface AuditEntry {
  id: string;
  action: AuditAction;
  /** Who did it; null for first-run set-up. */
  actorId: string | null;
  /** Whose account it was about. */
  subjectId: string | null;
  /** One plain sentence, with the names as they were at the time. */
  summary: string;
  /** The facts behind the summary: ids and values before and after. */
  details: Record<string, AuditValue>;
  /** The client address of the request (`local` for the CLI in-process). */
  address: string | null;
  createdAt: string;
}

/** Where a request came from, as the door that received it tells. */
export interface Origin {
  address: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  actorId: string | null;
  subjectId: string | null;
  summary: string;
  details?: Record<string, AuditValue>;
}

/** The address to record: the door's, or `local` for the CLI acting in-process. */
export function addressOf(actor: Actor | null, origin: Origin | undefined): string | null {
  if (origin?.address) return origin.address.slice(0, 100);
  return actor?.via === 'local' ? 'local' : null;
}

/** Appends entries; call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, records: AuditRecord[], address: string | null): Promise<void> {
  const at = nowIso();
  await auditRepository.insert(
    db,
    records.map((r) => ({
      id: newId(),
      at,
      actor_id: r.actorId,
      action: r.action,
      subject_id: r.subjectId,
      summary: r.summary.slice(0, 1000),
      details: JSON.stringify(r.details ?? {}),
      address,
    })),
  );
}

const present = (r: AuditRow): AuditEntry => ({
  id: r.id,
  action: r.action as AuditAction,
  actorId: r.actor_id,
  subjectId: r.subject_id,
  summary: r.summary,
  details: JSON.parse(r.details) as Record<string, AuditValue>,
  address: r.address,
  createdAt: r.at,
});

export class AuditService {
  constructor(private readonly db: Db) {}

  /** Newest first; admins only. */
  async list(actor: Actor, q: { limit: number; cursor?: string | undefined }): Promise<Page<AuditEntry>> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'audit.read')) throw forbidden('Only an admin can read the audit log.');
    const rows = await auditRepository.list(this.db, decodeCursor(q.cursor), q.limit);
    return toPage(rows, q.limit, present, (r) => ({ k: r.at, id: r.id }));
  }
}
