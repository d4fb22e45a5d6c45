/** The measurements of an outcome, newest first (date, value, note), each removable with an Undo. */
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client.js';
import type { Measurement, Outcome } from '../../api/types.js';
import { useInvalidate } from '../../data/invalidate.js';
import { useToast } from '../Toast.js';
import { formatMeasuredOn, formatValue } from './outcomeText.js';

export function MeasurementTable({ outcome, canEdit, caption }: { outcome: Outcome; canEdit: boolean; caption?: string }) {
  const toast = useToast();
  const invalidate = useInvalidate();
  const [removing, setRemoving] = useState<string | null>(null);
  const rows = [...outcome.measurements].reverse();
  const base = `/outcomes/${encodeURIComponent(outcome.id)}/measurements`;

  async function remove(m: Measurement) {
    setRemoving(m.id);
    try {
      await api.delete(`${base}/${encodeURIComponent(m.id)}`);
      await invalidate.outcomes();
      toast({
        message: `Removed the measurement of ${formatMeasuredOn(m.measuredOn)}.`,
        action: {
          label: 'Undo',
          onClick: () => {
            api
              .post(base, { value: m.value, measuredOn: m.measuredOn, ...(m.note ? { note: m.note } : {}) })
              .then(() => invalidate.outcomes())
              .then(() => toast({ message: 'Measurement restored.' }))
              .catch((e: unknown) => toast({ message: errorMessage(e), tone: 'error' }));
          },
        },
      });
    } catch (e) {
      toast({ message: errorMessage(e), tone: 'error' });
    } finally {
      setRemoving(null);
    }
  }

  if (!rows.length) return null;
  return (
    <div className="oc-table-wrap">
      <table className="oc-table">
        <caption className={caption ? 'oc-table-caption' : 'visually-hidden'}>{caption ?? `Measurements of ${outcome.name}, newest first`}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="oc-num">
              Value
            </th>
            <th scope="col">Note</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td className="num">
                <time dateTime={m.measuredOn}>{formatMeasuredOn(m.measuredOn)}</time>
              </td>
              <td className="oc-num num">{formatValue(m.value, outcome.unit)}</td>
              <td className="oc-note">{m.note || <span className="muted">—</span>}</td>
              {canEdit && (
                <td className="oc-row-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove the measurement of ${formatMeasuredOn(m.measuredOn)} (${formatValue(m.value, outcome.unit)})`}
                    onClick={() => void remove(m)}
                    disabled={removing === m.id}
                  >
                    <Trash2 size={14} aria-hidden="true" />
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
