/** Metrics the server reads in the text as it is typed (debounced), offered as chips to confirm. */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { Metric } from '../../api/types.js';

export function useMetricSuggestions(text: string, open: boolean): Metric[] {
  const [suggestions, setSuggestions] = useState<Metric[]>([]);
  useEffect(() => {
    if (!open) return;
    if (!/\d/.test(text)) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .post<{ metrics: Metric[] }>('/evidence/suggest-metrics', { text }, { signal: controller.signal })
        .then((answer) => {
          if (!controller.signal.aborted) setSuggestions(answer.metrics ?? []);
        })
        .catch(() => {
          // Suggestions are a help, not a requirement: stay quiet when they fail.
        });
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);
  return suggestions;
}
