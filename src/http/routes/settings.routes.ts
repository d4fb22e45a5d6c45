import type { RoutePlugin } from '../context.js';
import { actorOf } from '../plugins/authenticate.js';
import { authErrors, ref } from '../schemas/common.js';
import { OrganisationSettingsSchema, SettingsPatchBody } from '../schemas/settings.js';

const SettingsRef = ref(OrganisationSettingsSchema);

export const settingsRoutes: RoutePlugin = async (app, { services }) => {
  app.get(
    '/settings',
    { schema: { tags: ['settings'], summary: 'The organisation’s settings (every member reads them)', response: { 200: SettingsRef, ...authErrors } } },
    async () => services.settings.get(),
  );
  app.patch(
    '/settings',
    { schema: { tags: ['settings'], summary: 'Change the organisation’s settings (admins)', body: SettingsPatchBody, response: { 200: SettingsRef, ...authErrors } } },
    async (request) => services.settings.update(actorOf(request), request.body),
  );
};
