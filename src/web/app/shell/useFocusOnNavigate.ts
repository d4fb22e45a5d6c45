/**
 * Focus after an in-app navigation: the new page's title, so keyboard and screen-reader
 * users start at the top of it; or, for `/settings#tokens`, the section the hash names once
 * it is on the page.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export function useFocusOnNavigate(): void {
  const location = useLocation();
  const firstLocation = useRef(true);

  useEffect(() => {
    if (firstLocation.current) {
      firstLocation.current = false;
      return;
    }
    if (location.hash) return; // the section named by the hash takes focus instead
    const heading = document.querySelector<HTMLElement>('#main h1');
    heading?.focus({ preventScroll: true });
  }, [location.pathname, location.hash]);

  // Jump to a section (`/settings#tokens`) once it is on the page.
  useEffect(() => {
    if (!location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      const el = document.getElementById(id);
      if (el || ++tries > 40) {
        window.clearInterval(timer);
        if (el) {
          el.scrollIntoView({ block: 'start' });
          const focusable = el.matches('h2, h3') ? el : el.querySelector<HTMLElement>('h2, h3');
          if (focusable) {
            focusable.tabIndex = -1;
            focusable.focus({ preventScroll: true });
          }
        }
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [location.hash, location.key]);
}
