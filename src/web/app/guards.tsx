import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import NotFound from '../pages/NotFound.js';
import { Splash } from './Splash.js';
import { useSession } from './session.js';

/** Pages for signed-in people. Sends others to set-up or sign-in, and keeps where they were going. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading' || session.status === 'error') return <Splash />;
  if (session.status === 'signed-out' || !session.person) {
    if (session.setupNeeded) return <Navigate to="/setup" replace />;
    const here = location.pathname + location.search + location.hash;
    const next = session.signedOutOnPurpose || here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/signin${next}`} replace />;
  }
  if (session.person.mustChangePassword && location.pathname !== '/settings') {
    return <Navigate to="/settings#password" replace />;
  }
  return <>{children ?? <Outlet />}</>;
}

/** Admin-only pages; others see the 404 page, as the API would answer. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { person } = useSession();
  if (person?.role !== 'admin') return <NotFound />;
  return <>{children}</>;
}

/** Keep only local paths, so `?next=` cannot send anyone elsewhere. */
export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
