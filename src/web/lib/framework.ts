/**
 * The organisation's active framework, loaded once per session and shared by every page:
 * its levels and dimensions are the vocabulary of the whole app (target levels, dimension
 * chips, the capture dialog, filters). Until it has loaded, the default framework's
 * vocabulary stands in, so labels never flash as raw ids.
 *
 * Kept free of heavy imports: the shell and the quick-capture dialog (main chunk) use it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client.js';
import type { Framework, StoredFramework } from '../api/types.js';

export interface LevelInfo {
  id: string;
  name: string;
  summary: string;
}

export interface DimensionInfo {
  id: string;
  name: string;
  summary: string;
}

/** The default framework's vocabulary (PRODUCT.md §7), used until the active one is known. */
const DEFAULT_LEVELS: LevelInfo[] = [
  { id: 'senior', name: 'Senior', summary: '' },
  { id: 'staff', name: 'Staff', summary: '' },
  { id: 'principal', name: 'Principal', summary: '' },
];

const DEFAULT_DIMENSIONS: DimensionInfo[] = [
  { id: 'scope', name: 'Scope', summary: 'Problems that span teams or the organisation' },
  { id: 'direction', name: 'Technical direction', summary: 'Architecture, strategy, decisions that stick' },
  { id: 'communication', name: 'Communication', summary: 'Writing, presenting, aligning people' },
  { id: 'influence', name: 'Influence', summary: 'Changing what others do without authority' },
  { id: 'mentoring', name: 'Mentoring', summary: 'Growing other engineers' },
  { id: 'impact', name: 'Business impact', summary: 'Outcomes the business can measure' },
];

export interface FrameworkSnapshot {
  framework: StoredFramework | null;
  levels: LevelInfo[];
  dimensions: DimensionInfo[];
  loading: boolean;
  error: unknown;
}

function vocabulary(definition: Framework | null): Pick<FrameworkSnapshot, 'levels' | 'dimensions'> {
  if (!definition) return { levels: DEFAULT_LEVELS, dimensions: DEFAULT_DIMENSIONS };
  return {
    levels: definition.levels.map((l) => ({ id: l.id, name: l.name, summary: l.summary })),
    dimensions: definition.dimensions.map((d) => ({ id: d.id, name: d.name, summary: d.summary })),
  };
}

let snapshot: FrameworkSnapshot = { framework: null, ...vocabulary(null), loading: false, error: null };
let inflight: Promise<StoredFramework> | null = null;
let loadedOnce = false;
const listeners = new Set<() => void>();

function publish(patch: Partial<FrameworkSnapshot>) {
  snapshot = { ...snapshot, ...patch };
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fetch the active framework (once, unless `force`). */
export function loadActiveFramework(force = false): Promise<StoredFramework> {
  if (inflight) return inflight;
  if (snapshot.framework && !force) return Promise.resolve(snapshot.framework);
  loadedOnce = true;
  publish({ loading: true, error: null });
  inflight = api
    .get<StoredFramework>('/frameworks/active')
    .then((framework) => {
      publish({ framework, ...vocabulary(framework.definition), loading: false, error: null });
      return framework;
    })
    .catch((error: unknown) => {
      publish({ loading: false, error });
      throw error;
    })
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

/** After an import or activation: the new active framework, everywhere at once. */
export function setActiveFramework(framework: StoredFramework): void {
  publish({ framework, ...vocabulary(framework.definition), loading: false, error: null });
}

/** Forget the framework (on sign-out), so the next person loads it afresh. */
export function resetFramework(): void {
  loadedOnce = false;
  publish({ framework: null, ...vocabulary(null), loading: false, error: null });
}

/** The active framework and its vocabulary; loads it on first use. */
export function useFramework(): FrameworkSnapshot {
  const value = useSyncExternalStore(subscribe, () => snapshot);
  useEffect(() => {
    if (!loadedOnce) void loadActiveFramework().catch(() => {});
  }, []);
  return value;
}

export function useLevels(): LevelInfo[] {
  return useFramework().levels;
}

export function useDimensions(): DimensionInfo[] {
  return useFramework().dimensions;
}

// ---------------------------------------------------------------- plain lookups

export function currentLevels(): LevelInfo[] {
  return snapshot.levels;
}

export function currentDimensions(): DimensionInfo[] {
  return snapshot.dimensions;
}

/** A level's name (`staff` → `Staff`); an id the framework does not know is shown capitalised. */
export function levelName(id: string | null | undefined): string {
  const levels = snapshot.levels;
  if (!id) return 'Not set';
  return levels.find((l) => l.id === id)?.name ?? id.charAt(0).toUpperCase() + id.slice(1);
}

export function dimensionName(id: string): string {
  return snapshot.dimensions.find((d) => d.id === id)?.name ?? id;
}

export function isKnownDimension(id: string): boolean {
  return snapshot.dimensions.some((d) => d.id === id);
}

export function isKnownLevel(id: string | null | undefined, levels: LevelInfo[] = snapshot.levels): boolean {
  return Boolean(id) && levels.some((l) => l.id === id);
}

/** What the server gives a new person: the level above the lowest. */
export function defaultTargetLevel(levels: LevelInfo[] = snapshot.levels): string {
  return levels[1]?.id ?? levels[0]?.id ?? 'staff';
}
