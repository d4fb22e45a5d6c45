/**
 * The shipped default follows a new release (the scope thresholds of issue 9, say) when
 * staffpath installed it itself; a framework an admin imported is never replaced.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { createTestStorage, type TestStorage } from '../support/storage.js';
import { createServices } from '../../src/core/services.js';
import { testConfig } from '../support/app.js';
import { loadDefaultFramework } from '../../src/core/frameworks/framework-file.js';
import { settingsRepository } from '../../src/storage/repositories/settings.repository.js';

describe.each(DIALECTS)('upgrading the shipped default on %s', (dialect) => {
  let t: TestStorage;
  beforeEach(async () => {
    t = await createTestStorage(dialect);
  });
  afterEach(() => t.dispose());

  async function storeOld(createdBy: string | null): Promise<void> {
    const shipped = loadDefaultFramework();
    const { scope: _gone, ...old } = shipped;
    if (createdBy) {
      const now = new Date().toISOString();
      await t.storage.db.insertInto('people').values({ id: createdBy, name: 'Ada', email: 'ada@example.com', password_hash: 'x', role: 'admin', manager_id: null, target_level: 'staff', active: 1, must_change_password: 0, default_audience: '[]', time_zone: 'UTC', week_start: 'monday', created_at: now, updated_at: now }).execute();
    }
    await t.storage.db.insertInto('frameworks').values({ id: 'old-default', key: shipped.id, version: 1, name: shipped.name, definition: JSON.stringify(old), source: '', created_by: createdBy, created_at: new Date().toISOString() }).execute();
    await settingsRepository.put(t.storage.db, 'active_framework', 'old-default');
  }

  it('a default installed by staffpath becomes the shipped one, as its next version', async () => {
    await storeOld(null);
    const active = await createServices(t.storage, testConfig()).frameworks.active();
    expect(active.version).toBe(2);
    expect(active.definition.scope?.levels.staff?.anyOf).toEqual([{ minOutsideTeams: 2 }, { minOneWayDecisions: 1, minOpenHighRisks: 1 }]);
    // Once is enough: a second process finds it up to date.
    expect((await createServices(t.storage, testConfig()).frameworks.active()).id).toBe(active.id);
  });

  it('a default an admin imported stays as it is', async () => {
    await storeOld('01adminadminadminadminadmi');
    const active = await createServices(t.storage, testConfig()).frameworks.active();
    expect(active).toMatchObject({ id: 'old-default', version: 1 });
    expect(active.definition.scope).toBeUndefined();
  });
});
