/**
 * What a write changes, said once. A page that saves evidence calls `invalidate.evidence()`;
 * every list, count, readiness card and plan step that reads evidence reloads.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { keys } from './keys.js';

export function invalidators(client: QueryClient) {
  const drop = (...roots: (readonly unknown[])[]) => Promise.all(roots.map((queryKey) => client.invalidateQueries({ queryKey }))).then(() => undefined);
  return {
    /** An entry was created, changed, trashed or restored: lists, readiness and the plan read entries. */
    evidence: () => drop(keys.evidence.all, keys.readiness.all, keys.plan.all),
    /** An assessment was drafted, changed, shared or deleted. */
    assessments: () => drop(keys.assessments.all, keys.readiness.all, keys.plan.all),
    /** A person was added, changed or deactivated (names, managers, teams, target levels). */
    people: () => drop(keys.people.all, keys.teams.all, keys.readiness.all, keys.plan.all),
    teams: () => drop(keys.teams.all, keys.people.all),
    /** A framework was imported or activated: its vocabulary is the whole app's. */
    frameworks: () => drop(keys.framework.all, keys.readiness.all, keys.plan.all, keys.assessments.all),
    mentorships: () => drop(keys.mentorships.all, keys.readiness.all, keys.plan.all, keys.evidence.all),
    notifications: () => drop(keys.notifications.all),
    sessions: () => drop(keys.sessions.all, keys.tokens.all),
    plan: () => drop(keys.plan.all),
    /** An initiative changed: its scope summary, stakeholders (staleness follows its status) and the plan. */
    initiatives: () => drop(keys.initiatives.all, keys.stakeholders.all, keys.plan.all, keys.readiness.all),
    /** A stakeholder was added, changed or removed ("align stakeholders early" watches them). */
    stakeholders: () => drop(keys.stakeholders.all, keys.plan.all),
    /** An outcome or a measurement changed: readiness's impact source and the plan read them. */
    outcomes: () => drop(keys.outcomes.all, keys.readiness.all, keys.plan.all),
    /** The organisation's settings changed (staleness of stakeholders). */
    settings: () => drop(keys.settings.all, keys.stakeholders.all),
    /** A document, its reviewers, reviews or comments changed: review inboxes, readiness (communication, influence), the plan, proposals. */
    documents: () => drop(keys.documents.all, keys.stakeholders.all, keys.readiness.all, keys.plan.all, keys.proposals.all, keys.notifications.all),
    /** A proposal was accepted (a new entry) or dismissed. */
    proposals: () => drop(keys.proposals.all, keys.evidence.all, keys.readiness.all, keys.plan.all),
  };
}

export type Invalidators = ReturnType<typeof invalidators>;

/** The invalidators bound to the app's query client. */
export function useInvalidate(): Invalidators {
  const client = useQueryClient();
  return useMemo(() => invalidators(client), [client]);
}
