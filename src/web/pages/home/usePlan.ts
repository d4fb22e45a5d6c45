/** Your plan, and ticking a step: shown at once, then the server's answer (with what the detector sees). */
import { useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Person, Plan, PlanStepState } from '../../api/types.js';
import { useToast } from '../../components/Toast.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';

export function usePlan(me: Person) {
  const toast = useToast();
  const plan = useApiQuery(keys.plan.of(me.id), (signal) => api.get<Plan>('/people/me/plan', { signal }));
  const [busy, setBusy] = useState<string | null>(null);

  async function setStep(step: PlanStepState, done: boolean | null) {
    setBusy(step.id);
    const before = plan.data;
    if (before && done !== null) {
      const steps = before.steps.map((s) => (s.id === step.id ? { ...s, manual: done, done } : s));
      plan.setData({ ...before, steps, done: steps.filter((s) => s.done).length });
    }
    try {
      const next = await api.put<Plan>(`/people/me/plan/${encodeURIComponent(step.id)}`, { done });
      plan.setData(next);
    } catch (e) {
      if (before) plan.setData(before);
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  return { data: plan.data, error: plan.error, busy, setStep };
}
