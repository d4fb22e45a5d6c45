/** The organisation's settings (GET /settings) and saving them (PATCH /settings, admins). */
import { api } from '../../../api/client.js';
import type { OrganisationSettings, OrganisationSettingsPatch } from '../../../api/types.js';
import { useInvalidate } from '../../../data/invalidate.js';
import { keys } from '../../../data/keys.js';
import { useApiQuery } from '../../../data/queries.js';

/** The days a stakeholder may go without contact; the server checks the same range. */
export { STALE_DAYS_RANGE as STALE_DAYS } from '../../../../shared/staff-work-limits.js';

export function useOrganisationSettings() {
  const invalidate = useInvalidate();
  const query = useApiQuery(keys.settings.organisation(), (signal) => api.get<OrganisationSettings>('/settings', { signal }));
  async function save(patch: OrganisationSettingsPatch): Promise<OrganisationSettings> {
    const saved = await api.patch<OrganisationSettings>('/settings', patch);
    query.setData(saved);
    void invalidate.settings();
    return saved;
  }
  return { query, save };
}
