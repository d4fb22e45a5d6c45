import { withTransaction, type Db } from '../storage/database.js';
import { teamsRepository, type TeamRow } from '../storage/repositories/teams.repository.js';
import { peopleRepository } from '../storage/repositories/people.repository.js';
import { AppError, forbidden, invalid, isUniqueViolation, notFound } from './errors.js';
import { newId, nowIso } from './ids.js';
import { decodeCursor, toPage } from './pagination.js';
import { loadScope } from './scope.js';
import { mayAdminister, mayReadDirectory } from './visibility.js';
import { checkName, slugify } from './validation.js';
import type { Actor, Page, Team } from './types.js';

const slugTaken = (): AppError =>
  new AppError('slug_taken', 'Another team already uses this name or slug.', { errors: [{ pointer: '/slug', message: 'Already taken.' }] });

export class TeamsService {
  constructor(private readonly db: Db) {}

  private async present(rows: TeamRow[], db: Db = this.db): Promise<Team[]> {
    const members = await teamsRepository.memberIdsFor(db, rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      slug: r.slug,
      description: r.description,
      memberIds: members.get(r.id) ?? [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  private async requireAdmin(actor: Actor): Promise<void> {
    const scope = await loadScope(this.db, actor);
    if (!mayAdminister(scope.viewer, 'teams.manage')) throw forbidden('Only an admin can manage teams.');
  }

  private async load(id: string, db: Db = this.db): Promise<Team> {
    const row = await teamsRepository.findById(db, id);
    if (!row) throw notFound('team');
    return (await this.present([row], db))[0] as Team;
  }

  async get(actor: Actor, id: string): Promise<Team> {
    if (!mayReadDirectory(await loadScope(this.db, actor))) throw notFound('team');
    return this.load(id);
  }

  async list(actor: Actor, limit: number, cursor?: string): Promise<Page<Team>> {
    if (!mayReadDirectory(await loadScope(this.db, actor))) throw notFound('team');
    const rows = await teamsRepository.list(this.db, decodeCursor(cursor), limit);
    const page = toPage(rows, limit, (r) => r, (r) => ({ k: r.name, id: r.id }));
    return { items: await this.present(page.items), nextCursor: page.nextCursor };
  }

  async create(actor: Actor, input: { name: string; slug?: string | undefined; description?: string | undefined }): Promise<Team> {
    await this.requireAdmin(actor);
    const name = checkName(input.name);
    const slug = slugify(input.slug ?? name);
    if (!slug) throw invalid(input.slug !== undefined ? '/slug' : '/name', 'Use at least one letter or digit.');
    const now = nowIso();
    const id = newId();
    try {
      await teamsRepository.insert(this.db, { id, name, slug, description: (input.description ?? '').slice(0, 2000), created_at: now, updated_at: now });
    } catch (err) {
      if (isUniqueViolation(err)) throw slugTaken();
      throw err;
    }
    return this.load(id);
  }

  async update(actor: Actor, id: string, patch: { name?: string; slug?: string; description?: string }): Promise<Team> {
    await this.requireAdmin(actor);
    await this.load(id);
    const set: Parameters<typeof teamsRepository.update>[2] = { updated_at: nowIso() };
    if (patch.name !== undefined) set.name = checkName(patch.name);
    if (patch.slug !== undefined) {
      set.slug = slugify(patch.slug);
      if (!set.slug) throw invalid('/slug', 'Use at least one letter or digit.');
    }
    if (patch.description !== undefined) set.description = patch.description.slice(0, 2000);
    try {
      await teamsRepository.update(this.db, id, set);
    } catch (err) {
      if (isUniqueViolation(err)) throw slugTaken();
      throw err;
    }
    return this.load(id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.requireAdmin(actor);
    await this.load(id);
    await teamsRepository.remove(this.db, id);
  }

  async addMember(actor: Actor, teamId: string, personId: string): Promise<void> {
    await this.requireAdmin(actor);
    await withTransaction(this.db, async (trx) => {
      await this.load(teamId, trx);
      if (!(await peopleRepository.findById(trx, personId))) throw notFound('person');
      await teamsRepository.addMember(trx, teamId, personId, nowIso());
    });
  }

  async removeMember(actor: Actor, teamId: string, personId: string): Promise<void> {
    await this.requireAdmin(actor);
    await this.load(teamId);
    await teamsRepository.removeMember(this.db, teamId, personId);
  }
}
