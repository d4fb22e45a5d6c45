/**
 * Test data straight on the storage layer, for tests whose subject is not the API that would
 * otherwise create it: people who can sign in, sessions, teams, mentorships, evidence,
 * frameworks. Each factory takes the `Storage` the app (or server) under test uses.
 *
 * - Passwords are hashed with the core's own `hashPassword` (scrypt), once per distinct
 *   password per process: a hash carries its salt, so people may share one, and a test
 *   creating ten people pays for one scrypt instead of ten.
 * - Evidence goes through the core's `EvidenceService.insert`, so the entry is checked and
 *   indexed for search exactly as a real one.
 * - Mentorships go through the core's `MentorshipsService` (propose, then answer or end as
 *   the other party), so the pair key and the states are the core's.
 * - `makeSession` stores a session as sign-in would (only the SHA-256 of the cookie value) and
 *   returns the cookie and the CSRF token: sign a `Caller` or a browser in without the login
 *   form, where the login form is not what is tested.
 */
import type { FastifyInstance } from 'fastify';
import { createServices, type Services } from '../../src/core/services.js';
import { SESSION_COOKIE } from '../../src/http/plugins/authenticate.js';
import { newId, nowIso } from '../../src/core/ids.js';
import { hashPassword, randomSecret, sha256 } from '../../src/core/secrets.js';
import { slugify } from '../../src/core/validation.js';
import type { EvidenceInput, Evidence } from '../../src/core/evidence/types.js';
import type { Initiative, InitiativeInput } from '../../src/core/initiatives/types.js';
import type { NewStakeholder, Stakeholder } from '../../src/core/stakeholders/types.js';
import type { Outcome, OutcomeInput } from '../../src/core/outcomes/types.js';
import type { Actor, Audience, MentorshipStatus, Role } from '../../src/core/types.js';
import type { Storage } from '../../src/storage/database.js';
import { authRepository } from '../../src/storage/repositories/auth.repository.js';
import { peopleRepository } from '../../src/storage/repositories/people.repository.js';
import { teamsRepository } from '../../src/storage/repositories/teams.repository.js';
import { Caller, DEFAULT_PASSWORD, testConfig } from './app.js';

/** The core wired over `storage`, once per storage (services hold no per-request state). */
const servicesOf = new WeakMap<Storage, Services>();
export function coreOf(storage: Storage): Services {
  let services = servicesOf.get(storage);
  if (!services) {
    services = createServices(storage, testConfig());
    servicesOf.set(storage, services);
  }
  return services;
}

/** What the core would take as the person acting, without any credential. */
export function actorOf(person: { id: string; role: Role }): Actor {
  return { personId: person.id, role: person.role, via: 'local', scopes: ['read', 'write'], mustChangePassword: false };
}

/** The actor for a stored person, with the role the database gives them. */
async function storedActor(storage: Storage, personId: string): Promise<Actor> {
  const row = await peopleRepository.findById(storage.db, personId);
  if (!row) throw new Error(`factories: no person ${personId}`);
  return actorOf({ id: row.id, role: row.role as Role });
}

const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

let serial = 0;
/** A value unique in this process, for names, e-mails and slugs nobody chose. */
export const unique = (prefix: string): string => `${prefix}-${process.pid}-${++serial}`;

export interface MadePerson {
  id: string;
  name: string;
  email: string;
  password: string;
  role: Role;
  managerId: string | null;
  targetLevel: string;
}

export interface PersonSpec {
  name?: string;
  email?: string;
  password?: string;
  role?: Role;
  managerId?: string | null;
  /** Default: what the core gives a new person (the level above the lowest of the active framework). */
  targetLevel?: string;
  teamIds?: string[];
  timeZone?: string;
  defaultAudience?: Audience[];
  mustChangePassword?: boolean;
  active?: boolean;
}

/** A person who can sign in with `password` (default DEFAULT_PASSWORD). */
export async function makePerson(storage: Storage, spec: PersonSpec = {}): Promise<MadePerson> {
  const id = newId();
  const name = spec.name ?? unique('Person');
  const email = (spec.email ?? `${unique('person')}@example.com`).toLowerCase();
  const password = spec.password ?? DEFAULT_PASSWORD;
  const role = spec.role ?? 'member';
  let targetLevel = spec.targetLevel;
  if (targetLevel === undefined) {
    const levels = (await coreOf(storage).frameworks.active()).definition.levels.map((l) => l.id);
    targetLevel = levels[1] ?? levels[0] ?? 'staff';
  }
  const now = nowIso();
  await peopleRepository.insert(storage.db, {
    id,
    name,
    email,
    password_hash: await hashOnce(password),
    role,
    manager_id: spec.managerId ?? null,
    target_level: targetLevel,
    active: spec.active === false ? 0 : 1,
    must_change_password: spec.mustChangePassword ? 1 : 0,
    default_audience: JSON.stringify(spec.defaultAudience ?? ['manager']),
    time_zone: spec.timeZone ?? 'UTC',
    week_start: 'monday',
    created_at: now,
    updated_at: now,
  });
  if (spec.teamIds?.length) await teamsRepository.setMemberships(storage.db, id, [...new Set(spec.teamIds)], now);
  return { id, name, email, password, role, managerId: spec.managerId ?? null, targetLevel };
}

export interface MadeSession {
  personId: string;
  /** The cookie's value; only its hash is stored. */
  sessionToken: string;
  /** `staffpath_session=…`, ready for a Cookie header. */
  cookie: string;
  csrf: string;
}

/** The session cookie's name, as the server reads it. */
export const SESSION_COOKIE_NAME = SESSION_COOKIE;

/** A signed-in session for `personId`, stored as sign-in stores one. */
export async function makeSession(storage: Storage, personId: string, opts: { ttlHours?: number; userAgent?: string } = {}): Promise<MadeSession> {
  const sessionToken = randomSecret();
  const csrf = randomSecret();
  const now = new Date();
  await authRepository.insertSession(storage.db, {
    id: newId(),
    token_hash: sha256(sessionToken),
    person_id: personId,
    csrf_token: csrf,
    user_agent: opts.userAgent ?? 'factory',
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + (opts.ttlHours ?? testConfig().sessionTtlHours) * 3_600_000).toISOString(),
  });
  return { personId, sessionToken, cookie: `${SESSION_COOKIE_NAME}=${sessionToken}`, csrf };
}

/** A `Caller` for `app.inject` signed in with a factory session. */
export async function callerFor(app: FastifyInstance, storage: Storage, person: { id: string }): Promise<Caller> {
  const s = await makeSession(storage, person.id);
  return new Caller(app, { cookie: s.cookie, csrf: s.csrf }, person.id);
}

export interface MadeTeam {
  id: string;
  name: string;
  slug: string;
}

export async function makeTeam(storage: Storage, spec: { name?: string; slug?: string; description?: string; memberIds?: string[] } = {}): Promise<MadeTeam> {
  const id = newId();
  const name = spec.name ?? unique('Team');
  const slug = spec.slug ?? slugify(name);
  const now = nowIso();
  await teamsRepository.insert(storage.db, { id, name, slug, description: spec.description ?? '', created_at: now, updated_at: now });
  for (const personId of spec.memberIds ?? []) await teamsRepository.addMember(storage.db, id, personId, now);
  return { id, name, slug };
}

/**
 * A mentorship in the given state (default active), made through the core: proposed by
 * `proposedBy` (default the mentor), then accepted or declined by the other party, or ended.
 */
export async function makeMentorship(
  storage: Storage,
  spec: { mentorId: string; menteeId: string; status?: MentorshipStatus; proposedBy?: 'mentor' | 'mentee' },
): Promise<{ id: string; status: MentorshipStatus }> {
  const core = coreOf(storage).mentorships;
  const [mentor, mentee] = await Promise.all([storedActor(storage, spec.mentorId), storedActor(storage, spec.menteeId)]);
  const [proposer, other] = spec.proposedBy === 'mentee' ? [mentee, mentor] : [mentor, mentee];
  const status = spec.status ?? 'active';
  let m = await core.propose(proposer, { mentorId: spec.mentorId, menteeId: spec.menteeId });
  if (status === 'active' || status === 'ended') m = await core.accept(other, m.id);
  if (status === 'declined') m = await core.decline(other, m.id);
  if (status === 'ended') m = await core.end(proposer, m.id);
  return { id: m.id, status: m.status };
}

/** Today in UTC, `YYYY-MM-DD`. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** An evidence entry of `ownerId`, checked and indexed for search as the core does it. */
export async function makeEvidence(
  storage: Storage,
  ownerId: string,
  input: Partial<EvidenceInput> & { source?: 'manual' | 'git' | 'import' } = {},
): Promise<Evidence> {
  const { source = 'manual', ...rest } = input;
  return coreOf(storage).evidence.insert(storage.db, ownerId, { title: unique('Evidence'), occurredOn: todayUtc(), ...rest }, source);
}

/** Imports a framework file as `admin` (and activates it unless told otherwise), through the core. */
export async function makeFramework(storage: Storage, admin: { id: string }, content: string, opts: { activate?: boolean; fileName?: string } = {}) {
  const { framework } = await coreOf(storage).frameworks.import(await storedActor(storage, admin.id), content, opts.fileName ?? 'framework.yaml', opts.activate ?? true);
  return framework;
}

/**
 * An assessment of `subjectId` by `authorId`, made and (unless `shared: false`) shared through
 * the core, with its rules: a manager assessment needs the author in the subject's manager
 * chain, and sharing one notifies the subject.
 */
export async function makeAssessment(
  storage: Storage,
  spec: {
    authorId: string;
    subjectId: string;
    kind: 'self' | 'manager' | 'peer';
    ratings: { dimension: string; level: string; towards?: string | null; note?: string }[];
    shared?: boolean;
  },
) {
  const core = coreOf(storage).assessments;
  const author = await storedActor(storage, spec.authorId);
  const draft = await core.create(author, { subjectId: spec.subjectId, kind: spec.kind, ratings: spec.ratings });
  return spec.shared === false ? draft : core.share(author, draft.id);
}

/** An initiative owned by `ownerId`, through the core (its rules apply). */
export async function makeInitiative(storage: Storage, ownerId: string, input: Partial<InitiativeInput> = {}): Promise<Initiative> {
  const { value } = await coreOf(storage).initiatives.create(await storedActor(storage, ownerId), { title: unique('Initiative'), ...input });
  return value;
}

/** A stakeholder of an initiative, added as the initiative's owner through the core. */
export async function makeStakeholder(storage: Storage, ownerId: string, input: NewStakeholder): Promise<Stakeholder> {
  const { value } = await coreOf(storage).stakeholders.create(await storedActor(storage, ownerId), input);
  return value;
}

/** An outcome owned by `ownerId` (lower is better, 800 → 200 unless told), with measurements `[value, date]`. */
export async function makeOutcome(
  storage: Storage,
  ownerId: string,
  input: Partial<OutcomeInput> = {},
  measurements: [number, string][] = [],
): Promise<Outcome> {
  const core = coreOf(storage).outcomes;
  const actor = await storedActor(storage, ownerId);
  let { value } = await core.create(actor, { name: unique('Outcome'), unit: 'ms', direction: 'lower', baseline: 800, target: 200, ...input });
  for (const [v, measuredOn] of measurements) value = (await core.record(actor, value.id, { value: v, measuredOn })).outcome.value;
  return value;
}
