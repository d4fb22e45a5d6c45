import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  api,
  isApiError,
  onPasswordChangeRequired,
  onUnauthorized,
  setCsrfToken,
} from '../api/client.js';
import type { Person, SessionAnswer } from '../api/types.js';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out' | 'error';

export interface SessionState {
  status: SessionStatus;
  person: Person | null;
  /** `true` while no account exists yet (first run). */
  setupNeeded: boolean;
  /** Why the person was sent to sign in, if not by their own choice. */
  notice: string | null;
  bootError: string | null;
  /** The person signed out themselves (so sign-in starts fresh, without `next`). */
  signedOutOnPurpose: boolean;
}

export interface SessionApi extends SessionState {
  /** Store the answer of /setup, /auth/login or /me. */
  accept(answer: SessionAnswer): void;
  /** Replace the person (after PATCH /me). */
  setPerson(person: Person): void;
  refresh(): Promise<Person | null>;
  signOut(): Promise<void>;
  retry(): void;
  clearNotice(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({
    status: 'loading',
    person: null,
    setupNeeded: false,
    notice: null,
    bootError: null,
    signedOutOnPurpose: false,
  });
  const [attempt, setAttempt] = useState(0);
  const queryClient = useQueryClient();
  const lastPersonId = useRef<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const answer = await api.get<SessionAnswer>('/me', { allowUnauthorized: true });
        if (cancelled) return;
        setCsrfToken(answer.csrfToken);
        setState((s) => ({ ...s, status: 'signed-in', person: answer.person, bootError: null }));
      } catch (error) {
        if (cancelled) return;
        if (isApiError(error) && error.status === 401) {
          try {
            const setup = await api.get<{ needed: boolean }>('/setup');
            if (cancelled) return;
            setState((s) => ({
              ...s,
              status: 'signed-out',
              person: null,
              setupNeeded: setup.needed,
              bootError: null,
            }));
          } catch (setupError) {
            if (cancelled) return;
            setState((s) => ({ ...s, status: 'error', bootError: messageOf(setupError) }));
          }
        } else {
          setState((s) => ({ ...s, status: 'error', bootError: messageOf(error) }));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    onUnauthorized(() => {
      setCsrfToken(null);
      setState((s) =>
        s.status === 'signed-in'
          ? {
              ...s,
              status: 'signed-out',
              person: null,
              signedOutOnPurpose: false,
              notice: 'Your session has ended. Please sign in again.',
            }
          : s,
      );
    });
    onPasswordChangeRequired(() => {
      setState((s) => (s.person ? { ...s, person: { ...s.person, mustChangePassword: true } } : s));
    });
    return () => {
      onUnauthorized(null);
      onPasswordChangeRequired(null);
    };
  }, []);

  const accept = useCallback((answer: SessionAnswer) => {
    setCsrfToken(answer.csrfToken);
    if (answer.person.id !== lastPersonId.current) queryClient.clear();
    lastPersonId.current = answer.person.id;
    setState((s) => ({
      ...s,
      status: 'signed-in',
      person: answer.person,
      setupNeeded: false,
      notice: null,
      bootError: null,
      signedOutOnPurpose: false,
    }));
  }, [queryClient]);

  const setPerson = useCallback((person: Person) => {
    setState((s) => ({ ...s, person }));
  }, []);

  const refresh = useCallback(async () => {
    const answer = await api.get<SessionAnswer>('/me');
    setCsrfToken(answer.csrfToken);
    setState((s) => ({ ...s, status: 'signed-in', person: answer.person }));
    return answer.person;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout', undefined, { allowUnauthorized: true });
    } catch {
      // Already signed out, or the server is unreachable: forget the session either way.
    }
    setCsrfToken(null);
    // Nothing the last person could see stays cached for the next one.
    queryClient.clear();
    setState((s) => ({ ...s, status: 'signed-out', person: null, notice: null, signedOutOnPurpose: true }));
  }, [queryClient]);

  const retry = useCallback(() => {
    setState((s) => ({ ...s, status: 'loading', bootError: null }));
    setAttempt((n) => n + 1);
  }, []);

  const clearNotice = useCallback(() => setState((s) => ({ ...s, notice: null })), []);

  const value = useMemo<SessionApi>(
    () => ({ ...state, accept, setPerson, refresh, signOut, retry, clearNotice }),
    [state, accept, setPerson, refresh, signOut, retry, clearNotice],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function messageOf(error: unknown): string {
  return isApiError(error) ? error.detail : "Can't reach the server.";
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person; only for pages behind the sign-in guard. */
export function useMe(): Person {
  const { person } = useSession();
  if (!person) throw new Error('useMe without a signed-in person');
  return person;
}
