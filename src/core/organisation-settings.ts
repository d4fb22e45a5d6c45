/**
 * Settings of the organisation (one installation is one organisation): read by every member,
 * changed by admins. Kept in the settings table under their own keys.
 */
import type { Db } from '../storage/database.js';
import { settingsRepository } from '../storage/repositories/settings.repository.js';
import { forbidden, invalid } from './errors.js';
import { DEFAULT_STALE_DAYS } from './stakeholders/stakeholder-rules.js';
import type { Actor } from './types.js';
import { STALE_DAYS_RANGE } from '../shared/staff-work-limits.js';

export { STALE_DAYS_RANGE };
import { mayAdminister } from './visibility.js';

export interface OrganisationSettings {
  /** A stakeholder not contacted for more than this many days is stale. */
  stakeholderStaleDays: number;
}

const STALE_KEY = 'stakeholderStaleDays';

export class OrganisationSettingsService {
  constructor(private readonly db: Db) {}

  async get(db: Db = this.db): Promise<OrganisationSettings> {
    const raw = await settingsRepository.get(db, STALE_KEY);
    const n = raw === undefined ? NaN : Number(raw);
    return { stakeholderStaleDays: Number.isInteger(n) && n >= STALE_DAYS_RANGE.min ? n : DEFAULT_STALE_DAYS };
  }

  async update(actor: Actor, patch: Partial<OrganisationSettings>): Promise<OrganisationSettings> {
    if (!mayAdminister({ personId: actor.personId, role: actor.role }, 'settings.manage')) throw forbidden('Only an admin changes the organisation’s settings.');
    const days = patch.stakeholderStaleDays;
    if (days !== undefined) {
      if (!Number.isInteger(days) || days < STALE_DAYS_RANGE.min || days > STALE_DAYS_RANGE.max) {
        throw invalid('/stakeholderStaleDays', `Use a whole number of days from ${STALE_DAYS_RANGE.min} to ${STALE_DAYS_RANGE.max}.`);
      }
      await settingsRepository.put(this.db, STALE_KEY, String(days));
    }
    return this.get();
  }
}
