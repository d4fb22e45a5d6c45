/** The profile form's choices and the patch it sends: pure functions of the person and the draft. */
import type { AudienceMember, Person } from '../../api/types.js';
import type { SelectOption } from '../../components/controls/index.js';
import type { LevelInfo } from '../../data/vocabulary.js';
import type { CheckboxOption } from './Checkboxes.js';

export const WEEK_DAYS = [
  { name: 'monday', label: 'Monday' },
  { name: 'sunday', label: 'Sunday' },
  { name: 'saturday', label: 'Saturday' },
] as const;

export const AUDIENCE: readonly CheckboxOption<AudienceMember>[] = [
  { id: 'manager', label: 'My manager', hint: 'and the managers above them' },
  { id: 'mentors', label: 'My mentors', hint: 'in active mentorships' },
  { id: 'org', label: 'Everyone in the organisation', hint: '' },
];

export interface ProfileDraft {
  name: string;
  timeZone: string;
  weekStart: string;
  audience: AudienceMember[];
  targetLevel: string;
}

export function draftOf(me: Person): ProfileDraft {
  return {
    name: me.name,
    timeZone: me.timeZone ?? '',
    weekStart: me.weekStart ?? '',
    audience: me.defaultAudience ?? ['manager'],
    targetLevel: me.targetLevel ?? '',
  };
}

/** What changed, as the body of `PATCH /me`; empty when nothing did. */
export function profilePatch(me: Person, draft: ProfileDraft): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const name = draft.name.trim();
  if (name !== me.name) patch.name = name;
  if (draft.timeZone && draft.timeZone !== me.timeZone) patch.timeZone = draft.timeZone;
  if (draft.weekStart && draft.weekStart !== (me.weekStart ?? '')) patch.weekStart = draft.weekStart;
  if ([...draft.audience].sort().join() !== [...(me.defaultAudience ?? [])].sort().join()) patch.defaultAudience = draft.audience;
  if (draft.targetLevel && draft.targetLevel !== me.targetLevel) patch.targetLevel = draft.targetLevel;
  return patch;
}

const CHOOSE: SelectOption = { value: '', label: 'Choose…' };

/** Every time zone the browser knows, UTC and the person's current one always among them. */
export function zoneOptions(current: string | null, selected: string): SelectOption[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = ['UTC'];
  }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  if (current && !zones.includes(current)) zones = [current, ...zones];
  return [...(selected ? [] : [CHOOSE]), ...zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))];
}

export function weekOptions(selected: string): SelectOption[] {
  const known = WEEK_DAYS.some((d) => d.name === selected);
  return [
    ...(selected ? [] : [CHOOSE]),
    ...WEEK_DAYS.map((d) => ({ value: d.name, label: d.label })),
    ...(selected && !known ? [{ value: selected, label: selected }] : []),
  ];
}

export function levelOptions(levels: readonly LevelInfo[], selected: string): SelectOption[] {
  const known = levels.some((l) => l.id === selected);
  return [
    ...(selected ? [] : [CHOOSE]),
    ...levels.map((l) => ({ value: l.id, label: l.name })),
    ...(selected && !known ? [{ value: selected, label: `${selected} (not in the framework)` }] : []),
  ];
}
