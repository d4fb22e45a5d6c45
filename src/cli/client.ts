/**
 * The CLI's two ways to reach the core: in-process against the local database, or remotely
 * through the HTTP API with a personal access token. Commands only see this interface.
 */
import type { Config } from '../config/config.js';
import type { AccessToken, Actor, Person, Role } from '../core/types.js';
import type { AccessScope } from '../core/auth.js';
import { createServices, type Services } from '../core/services.js';
import { openStorage } from '../storage/database.js';
import { AppError } from '../core/errors.js';
import type { Evidence, EvidenceInput, Metric } from '../core/evidence/types.js';
import type { EvidenceListItem, EvidenceQuery } from '../core/evidence/evidence.service.js';
import type { ExportFile, ExportPeriod } from '../core/evidence/markdown-export.js';
import type { ImportRequest, ImportResult } from '../core/evidence/evidence-transfer.js';
import { extractMetrics } from '../core/evidence/metric-extraction.js';
import { findUnstorableText } from '../core/validation.js';
import type { Measurement, Outcome } from '../core/outcomes/types.js';
import { todayIn } from '../shared/dates.js';

export interface NewUser {
  name: string;
  email: string;
  password: string;
  role?: Role;
  managerEmail?: string;
  targetLevel?: string;
}

export type EvidenceFilters = Omit<EvidenceQuery, 'cursor'>;
/** `occurredOn` defaults to today in the person's time zone. */
export type NewEvidence = Omit<EvidenceInput, 'occurredOn'> & { occurredOn?: string };

export interface StaffpathClient {
  logEvidence(input: NewEvidence): Promise<Evidence>;
  suggestMetrics(text: string): Promise<Metric[]>;
  listEvidence(query: EvidenceFilters): Promise<EvidenceListItem[]>;
  exportEvidence(period: ExportPeriod): Promise<ExportFile[]>;
  importEvidence(request: ImportRequest, dryRun: boolean): Promise<ImportResult>;
  /** The caller's own outcomes (every page). */
  ownOutcomes(): Promise<Outcome[]>;
  recordMeasurement(outcomeId: string, input: { value: number; measuredOn?: string | undefined; note?: string | undefined }): Promise<{ measurement: Measurement; outcome: Outcome }>;
  /** Who the commands act as. */
  whoami(): Promise<Person>;
  createUser(input: NewUser): Promise<Person>;
  createToken(input: { name: string; scopes: AccessScope[]; expiresAt?: string }): Promise<AccessToken & { token: string }>;
  close(): Promise<void>;
}

export class CliError extends Error {}

/**
 * The rule the HTTP edge applies (src/http/plugins/input-text.ts), for the CLI's in-process
 * door: text neither database can store (NUL, lone surrogates — from a file being imported,
 * say) is refused before it reaches the core.
 */
function storable<T>(input: T): T {
  const errors = findUnstorableText(input);
  if (errors.length > 0) throw new AppError('validation_failed', 'Some text cannot be stored.', { errors });
  return input;
}

/** In-process: the same services the HTTP routes call. */
export class LocalClient implements StaffpathClient {
  private constructor(
    private readonly services: Services,
    private readonly as: string | undefined,
  ) {}

  static async open(config: Config, as: string | undefined): Promise<LocalClient> {
    const storage = openStorage({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, poolSize: 2, ...(config.pgSchema && { pgSchema: config.pgSchema }) });
    await storage.migrate();
    return new LocalClient(createServices(storage, config), as);
  }

  private actor(): Promise<Actor> {
    return this.services.auth.localActor(this.as);
  }

  async whoami(): Promise<Person> {
    return this.services.people.byId((await this.actor()).personId);
  }

  async logEvidence(input: NewEvidence): Promise<Evidence> {
    return (await this.services.evidence.create(await this.actor(), storable(input))).evidence;
  }

  async suggestMetrics(text: string): Promise<Metric[]> {
    return extractMetrics(text);
  }

  async listEvidence(query: EvidenceFilters): Promise<EvidenceListItem[]> {
    return (await this.services.evidence.list(await this.actor(), storable(query))).items;
  }

  async exportEvidence(period: ExportPeriod): Promise<ExportFile[]> {
    return this.services.evidenceTransfer.exportMarkdown(await this.actor(), period);
  }

  async importEvidence(request: ImportRequest, dryRun: boolean): Promise<ImportResult> {
    return this.services.evidenceTransfer.import(await this.actor(), storable(request), dryRun);
  }

  async ownOutcomes(): Promise<Outcome[]> {
    const actor = await this.actor();
    const out: Outcome[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.services.outcomes.list(actor, { owner: ['me'], limit: 100, cursor });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  async recordMeasurement(outcomeId: string, input: { value: number; measuredOn?: string | undefined; note?: string | undefined }): Promise<{ measurement: Measurement; outcome: Outcome }> {
    const actor = await this.actor();
    const measuredOn = input.measuredOn ?? (await this.services.evidence.today(actor.personId));
    const r = await this.services.outcomes.record(actor, outcomeId, storable({ value: input.value, measuredOn, ...(input.note !== undefined && { note: input.note }) }));
    return { measurement: r.measurement, outcome: r.outcome.value };
  }

  async createUser(input: NewUser): Promise<Person> {
    const { people, auth } = this.services;
    storable(input);
    // On an empty installation the first account is the admin, exactly as the web set-up.
    if (await auth.setupNeeded()) {
      return (await auth.setup({ name: input.name, email: input.email, password: input.password })).person;
    }
    const actor = await this.actor();
    const managerId = input.managerEmail ? (await people.byEmail(actor, input.managerEmail)).id : undefined;
    return people.create(actor, { ...input, managerId });
  }

  async createToken(input: { name: string; scopes: AccessScope[]; expiresAt?: string }): Promise<AccessToken & { token: string }> {
    return this.services.auth.createToken(await this.actor(), storable(input));
  }

  async close(): Promise<void> {
    await this.services.storage.close();
  }
}

/** Remote: the HTTP API with `Authorization: Bearer`. */
export class RemoteClient implements StaffpathClient {
  constructor(
    private readonly server: string,
    private readonly token: string,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(new URL(`/api/v1${path}`, this.server), {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch (err) {
      throw new CliError(`Cannot reach ${this.server}: ${(err as Error).message}`);
    }
    const text = await res.text();
    const data: unknown = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const p = data as { detail?: string; code?: string; errors?: { pointer: string; message: string }[] } | null;
      const fields = p?.errors?.map((e) => `${e.pointer} ${e.message}`).join('; ');
      throw new AppError('validation_failed', `${p?.detail ?? res.statusText} (${p?.code ?? res.status})${fields ? `: ${fields}` : ''}`);
    }
    return data as T;
  }

  async whoami(): Promise<Person> {
    return (await this.call<{ person: Person }>('GET', '/me')).person;
  }

  async logEvidence(input: NewEvidence): Promise<Evidence> {
    return this.call('POST', '/evidence', input);
  }

  async suggestMetrics(text: string): Promise<Metric[]> {
    return (await this.call<{ metrics: Metric[] }>('POST', '/evidence/suggest-metrics', { text })).metrics;
  }

  async listEvidence(query: EvidenceFilters): Promise<EvidenceListItem[]> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) params.append(k, String(item));
    }
    return (await this.call<{ items: EvidenceListItem[] }>('GET', `/evidence?${params}`)).items;
  }

  async exportEvidence(period: ExportPeriod): Promise<ExportFile[]> {
    return (await this.call<{ files: ExportFile[] }>('GET', `/evidence/export?period=${period}`)).files;
  }

  async importEvidence(request: ImportRequest, dryRun: boolean): Promise<ImportResult> {
    return this.call('POST', `/evidence/import${dryRun ? '?dryRun=true' : ''}`, request);
  }

  async ownOutcomes(): Promise<Outcome[]> {
    const out: Outcome[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Outcome[]; nextCursor: string | null } = await this.call('GET', `/outcomes?owner=me&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  async recordMeasurement(outcomeId: string, input: { value: number; measuredOn?: string | undefined; note?: string | undefined }): Promise<{ measurement: Measurement; outcome: Outcome }> {
    // "Today" where the person lives, as the server would date it.
    const measuredOn = input.measuredOn ?? todayIn((await this.whoami()).timeZone);
    const path = `/outcomes/${encodeURIComponent(outcomeId)}`;
    const measurement = await this.call<Measurement>('POST', `${path}/measurements`, { value: input.value, measuredOn, ...(input.note !== undefined && { note: input.note }) });
    return { measurement, outcome: await this.call<Outcome>('GET', path) };
  }

  async createUser(input: NewUser): Promise<Person> {
    let managerId: string | undefined;
    if (input.managerEmail) {
      const page = await this.call<{ items: Person[] }>('GET', `/people?q=${encodeURIComponent(input.managerEmail)}&limit=100`);
      const m = page.items.find((p) => p.email === input.managerEmail?.toLowerCase());
      if (!m) throw new CliError(`No manager with e-mail ${input.managerEmail}.`);
      managerId = m.id;
    }
    const { managerEmail: _drop, ...rest } = input;
    return this.call<Person>('POST', '/people', { ...rest, ...(managerId && { managerId }) });
  }

  async createToken(input: { name: string; scopes: AccessScope[]; expiresAt?: string }): Promise<AccessToken & { token: string }> {
    return this.call('POST', '/tokens', input);
  }

  async close(): Promise<void> {}
}
