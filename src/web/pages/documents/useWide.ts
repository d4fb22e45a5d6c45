/** Whether the window is wide enough for the editor and its preview side by side. */
import { useSyncExternalStore } from 'react';

const QUERY = '(min-width: 1100px)';

export function useWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(QUERY);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(QUERY).matches,
  );
}
