/**
 * Admin › Frameworks' data: every framework (the active one first) and the two writes. An
 * import that activates, or an activation, makes the new framework the whole app's vocabulary
 * at once (useSetActiveFramework), then everything that reads frameworks reloads.
 */
import { api } from '../../../api/client.js';
import type { Page, StoredFramework } from '../../../api/types.js';
import { useToast } from '../../../components/Toast.js';
import { useSetActiveFramework } from '../../../data/framework.js';
import { useInvalidate } from '../../../data/invalidate.js';
import { keys } from '../../../data/keys.js';
import { useApiQuery } from '../../../data/queries.js';

const label = (f: StoredFramework) => `${f.name}, version ${f.version}`;

export function useFrameworks() {
  const toast = useToast();
  const invalidate = useInvalidate();
  const setActive = useSetActiveFramework();
  const list = useApiQuery(keys.framework.list(), (signal) => api.get<Page<StoredFramework>>('/frameworks', { signal }));
  const items = [...(list.data?.items ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));

  return {
    items,
    loading: list.loading,
    loaded: list.data !== undefined,
    error: list.error,
    imported(framework: StoredFramework, created: boolean, activated: boolean) {
      const what = created ? `Imported ${label(framework)}` : `Nothing changed: the file is the same as ${label(framework)}`;
      toast({ message: activated ? `${what}${created ? ' and activated it' : '; it is active'}.` : `${what}.` });
      if (activated || framework.active) setActive({ ...framework, active: true });
      void invalidate.frameworks();
    },
    async activate(id: string) {
      const framework = await api.post<StoredFramework>(`/frameworks/${encodeURIComponent(id)}/activate`);
      setActive(framework);
      toast({ message: `${label(framework)}, is now the organisation’s framework.` });
      void invalidate.frameworks();
    },
  };
}
