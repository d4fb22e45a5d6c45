import { withTransaction, type Db } from '../../storage/database.js';
import { frameworksRepository, type FrameworkRow } from '../../storage/repositories/frameworks.repository.js';
import { settingsRepository } from '../../storage/repositories/settings.repository.js';
import { AppError, forbidden, isUniqueViolation, notFound } from '../errors.js';
import { newId, nowIso } from '../ids.js';
import { loadScope } from '../scope.js';
import { mayAdminister } from '../visibility.js';
import type { Actor } from '../types.js';
import { frameworkToYaml, loadDefaultFramework, parseFrameworkFile, type Framework } from './framework-file.js';

const ACTIVE = 'active_framework';

/** A stored framework version: the parsed file plus where it sits among its versions. */
export interface StoredFramework {
  /** The stored version's id (an assessment points at it). */
  id: string;
  /** The file's own id (`staffpath-default`). */
  key: string;
  version: number;
  name: string;
  active: boolean;
  createdAt: string;
  definition: Framework;
}

export class FrameworksService {
  /** Stored versions never change, so their parsed definitions can be kept. */
  private readonly parsed = new Map<string, Framework>();

  constructor(private readonly db: Db) {}

  private definition(row: FrameworkRow): Framework {
    let f = this.parsed.get(row.id);
    if (!f) {
      f = JSON.parse(row.definition) as Framework;
      this.parsed.set(row.id, f);
    }
    return f;
  }

  private present(row: FrameworkRow, activeId: string | undefined): StoredFramework {
    return { id: row.id, key: row.key, version: row.version, name: row.name, active: row.id === activeId, createdAt: row.created_at, definition: this.definition(row) };
  }

  /** The organisation's framework; on a new installation the shipped default. */
  /** Pass the transaction when inside one (SQLite has a single connection). */
  async active(db: Db = this.db): Promise<StoredFramework> {
    const id = await settingsRepository.get(db, ACTIVE);
    const row = id ? await frameworksRepository.findById(db, id) : undefined;
    if (row) return (await this.upgradeShippedDefault(db, row)) ?? this.present(row, row.id);
    return this.installDefault(db);
  }

  /** Rows already compared with the shipped default (once per process). */
  private readonly checked = new Set<string>();

  /**
   * The shipped default as installed by staffpath itself (never imported by an admin) follows
   * the shipped file: when a new release changes it (the scope thresholds, say), the new one is
   * stored as the next version and made active. A default an admin imported or changed stays.
   */
  private async upgradeShippedDefault(db: Db, row: FrameworkRow): Promise<StoredFramework | null> {
    if (this.checked.has(row.id) || row.created_by !== null) return null;
    this.checked.add(row.id);
    const shipped = loadDefaultFramework();
    if (row.key !== shipped.id || row.definition === JSON.stringify(shipped)) return null;
    const latest = await frameworksRepository.latestOf(db, shipped.id);
    if (latest && latest.id !== row.id) return null;
    try {
      return await withTransaction(db, async (trx) => {
        const next = await this.store(trx, shipped, frameworkToYaml(shipped), null);
        await settingsRepository.put(trx, ACTIVE, next.id);
        this.checked.add(next.id);
        return this.present(next, next.id);
      });
    } catch (err) {
      // Another server upgraded it at the same moment: use theirs.
      if (!isUniqueViolation(err)) throw err;
      return null;
    }
  }

  private async installDefault(db: Db): Promise<StoredFramework> {
    return withTransaction(db, async (trx) => {
      const framework = loadDefaultFramework();
      const existing = await frameworksRepository.latestOf(trx, framework.id);
      const row = existing ?? (await this.store(trx, framework, frameworkToYaml(framework), null));
      try {
        await settingsRepository.insert(trx, ACTIVE, row.id);
      } catch (err) {
        // Another server installed it at the same moment: use theirs.
        if (!isUniqueViolation(err)) throw err;
      }
      return this.active(trx);
    });
  }

  private async store(db: Db, framework: Framework, source: string, by: string | null): Promise<FrameworkRow> {
    const latest = await frameworksRepository.latestOf(db, framework.id);
    const row: FrameworkRow = {
      id: newId(),
      key: framework.id,
      version: (latest?.version ?? 0) + 1,
      name: framework.name,
      definition: JSON.stringify(framework),
      source,
      created_by: by,
      created_at: nowIso(),
    };
    await frameworksRepository.insert(db, row);
    return row;
  }

  async list(_actor: Actor): Promise<StoredFramework[]> {
    const active = await this.active();
    return (await frameworksRepository.listLatest(this.db)).map((r) => this.present(r, active.id));
  }

  async get(_actor: Actor, id: string): Promise<StoredFramework> {
    if (id === 'active') return this.active();
    const row = await frameworksRepository.findById(this.db, id);
    if (!row) throw notFound('framework');
    const active = await this.active();
    return this.present(row, active.id);
  }

  /** A stored version by id, whoever asks (frameworks are readable by every member). */
  async stored(id: string): Promise<StoredFramework> {
    const row = await frameworksRepository.findById(this.db, id);
    if (!row) throw notFound('framework');
    const active = await settingsRepository.get(this.db, ACTIVE);
    return this.present(row, active);
  }

  /** By stored id, for assessments made against an older version. */
  async byId(id: string): Promise<Framework> {
    const row = await frameworksRepository.findById(this.db, id);
    if (!row) throw notFound('framework');
    return this.definition(row);
  }

  async versions(actor: Actor, id: string): Promise<{ id: string; version: number; createdAt: string }[]> {
    const f = await this.get(actor, id);
    return (await frameworksRepository.versionsOf(this.db, f.key)).map((v) => ({ id: v.id, version: v.version, createdAt: v.created_at }));
  }

  /**
   * Imports a framework file (YAML or JSON). A file whose id exists becomes its next version,
   * unless nothing changed. Problems name the line and the field.
   */
  async import(actor: Actor, content: string, fileName = 'framework.yaml', activate = false): Promise<{ framework: StoredFramework; created: boolean }> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'frameworks.manage')) throw forbidden('Only an admin can import frameworks.');
    const parsed = parseFrameworkFile(content, fileName);
    if ('errors' in parsed) {
      const errors = parsed.errors.map((e) => ({ pointer: e.pointer || '/', message: `line ${e.line}, column ${e.column}${e.field ? ` (${e.field})` : ''}: ${e.message}`, line: e.line, field: e.field }));
      throw new AppError('validation_failed', `${fileName} has ${errors.length} problem${errors.length === 1 ? '' : 's'}; the first: ${errors[0]?.message ?? ''}`, { errors });
    }
    const framework = parsed.framework;
    return withTransaction(this.db, async (trx) => {
      const latest = await frameworksRepository.latestOf(trx, framework.id);
      const same = latest && latest.definition === JSON.stringify(framework);
      const row = same ? latest : await this.store(trx, framework, content, actor.personId);
      if (activate) await this.setActive(trx, row.id);
      const active = (await settingsRepository.get(trx, ACTIVE)) ?? undefined;
      return { framework: this.present(row, active), created: !same };
    });
  }

  async activate(actor: Actor, id: string): Promise<StoredFramework> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'frameworks.manage')) throw forbidden('Only an admin can choose the framework.');
    const row = await frameworksRepository.findById(this.db, id);
    if (!row) throw notFound('framework');
    await this.setActive(this.db, id);
    return this.present(row, id);
  }

  private async setActive(db: Db, id: string): Promise<void> {
    await settingsRepository.put(db, ACTIVE, id);
  }

  async exportYaml(actor: Actor, id: string): Promise<{ fileName: string; yaml: string }> {
    const f = await this.get(actor, id);
    return { fileName: `${f.key}-v${f.version}.yaml`, yaml: frameworkToYaml(f.definition) };
  }
}
