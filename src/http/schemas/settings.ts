import { Type } from 'typebox';
import { STALE_DAYS_RANGE } from '../../core/organisation-settings.js';
import { Body } from './common.js';

export const OrganisationSettingsSchema = Type.Object(
  { stakeholderStaleDays: Type.Integer({ description: 'A stakeholder not contacted for more than this many days is stale' }) },
  { $id: 'OrganisationSettings' },
);
export const SettingsPatchBody = Body({ stakeholderStaleDays: Type.Optional(Type.Integer({ minimum: STALE_DAYS_RANGE.min, maximum: STALE_DAYS_RANGE.max })) });
