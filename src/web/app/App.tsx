import { QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createQueryClient } from '../data/queryClient.js';
import { createBrowserRouter, Navigate, Outlet, ScrollRestoration, useRouteError } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ToastProvider } from '../components/Toast.js';
import Home from '../pages/Home.js';
import NotFound from '../pages/NotFound.js';
import SetupPage from '../pages/Setup.js';
import SignInPage from '../pages/SignIn.js';
import { RequireAdmin, RequireAuth } from './guards.js';
import { SessionProvider } from './session.js';
import { Shell } from './Shell.js';

/** The app's one cache of server data; cleared when the signed-in person changes. */
const queryClient = createQueryClient();

function Root() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <ToastProvider>
          <ScrollRestoration />
          <Outlet />
        </ToastProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}

function Blank() {
  return <div className="splash" />;
}

function RouteError() {
  const error = useRouteError();
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <div className="splash">
      <div className="card auth-card" role="alert">
        <h1 className="auth-title">{chunkFailed ? 'staffpath was updated' : 'Something went wrong'}</h1>
        <p className="muted">
          {chunkFailed
            ? 'A newer version is available. Reload the page to continue.'
            : 'This page hit an unexpected error. Reloading usually helps; your saved work is safe.'}
        </p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </div>
  );
}

/** Route-level code splitting: these pages load when first visited. */
const lazyPage = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
});

const router = createBrowserRouter([
  {
    element: <Root />,
    HydrateFallback: Blank,
    ErrorBoundary: RouteError,
    children: [
      { path: 'setup', element: <SetupPage /> },
      { path: 'signin', element: <SignInPage /> },
      {
        element: (
          <RequireAuth>
            <Shell />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <Home /> },
          { path: 'evidence', lazy: lazyPage(() => import('../pages/Evidence.js')) },
          { path: 'evidence/:id', lazy: lazyPage(() => import('../pages/EvidenceDetail.js')) },
          { path: 'framework', lazy: lazyPage(() => import('../pages/Framework.js')) },
          { path: 'framework/assess/:personId', lazy: lazyPage(() => import('../pages/Assess.js')) },
          { path: 'initiatives', lazy: lazyPage(() => import('../pages/Initiatives.js')) },
          { path: 'initiatives/:id', lazy: lazyPage(() => import('../pages/InitiativeDetail.js')) },
          { path: 'outcomes', lazy: lazyPage(() => import('../pages/Outcomes.js')) },
          { path: 'outcomes/:id', lazy: lazyPage(() => import('../pages/OutcomeDetail.js')) },
          { path: 'documents', lazy: lazyPage(() => import('../pages/Documents.js')) },
          { path: 'documents/:id', lazy: lazyPage(() => import('../pages/DocumentDetail.js')) },
          { path: 'people', lazy: lazyPage(() => import('../pages/People.js')) },
          {
            path: 'admin',
            element: (
              <RequireAdmin>
                <Outlet />
              </RequireAdmin>
            ),
            children: [
              { index: true, element: <Navigate to="/admin/people" replace /> },
              { path: 'people', lazy: lazyPage(() => import('../pages/AdminPeople.js')) },
              { path: 'teams', lazy: lazyPage(() => import('../pages/AdminTeams.js')) },
              { path: 'frameworks', lazy: lazyPage(() => import('../pages/AdminFrameworks.js')) },
              { path: 'audit', lazy: lazyPage(() => import('../pages/AdminAudit.js')) },
              { path: 'settings', lazy: lazyPage(() => import('../pages/AdminSettings.js')) },
            ],
          },
          { path: 'settings', lazy: lazyPage(() => import('../pages/Settings.js')) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
