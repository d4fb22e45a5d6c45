/** The self-assessment beside the manager's, per dimension, with the differences marked. */
import { ArrowLeftRight, Check } from 'lucide-react';
import type { Dimension } from '../../api/types.js';
import type { LevelInfo } from '../../data/vocabulary.js';
import { difference, ratingText, ratingValue } from '../../lib/assessments.js';
import { formatDate } from '../../lib/format.js';
import type { RatingsView } from './ratingsView.js';

export function SideBySide({
  dimensions,
  levels,
  view,
  subjectLabel,
}: {
  dimensions: readonly Dimension[];
  levels: readonly LevelInfo[];
  view: RatingsView;
  subjectLabel: string;
}) {
  const { self, manager } = view.latest;
  const rows = dimensions.map((d) => {
    const { self: s, manager: m } = view.ratings.get(d.id) ?? { self: null, manager: null };
    return { d, s, m, diff: difference(ratingValue(levels, s), ratingValue(levels, m)) };
  });
  const differing = rows.filter(({ diff }) => diff.delta !== null && diff.delta !== 0).length;
  return (
    <div className="fw-compare">
      <table className="fw-table">
        <caption className="fw-caption">
          {subjectLabel} beside the manager
          <span className="muted small">
            {' '}
            — latest shared of each{self && manager ? (differing ? `; ${differing} ${differing === 1 ? 'dimension differs' : 'dimensions differ'}` : '; they agree everywhere') : ''}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">
              Self
              {self?.sharedAt && <span className="fw-th-date">{formatDate(self.sharedAt)}</span>}
            </th>
            <th scope="col">
              Manager
              {manager?.sharedAt && <span className="fw-th-date">{formatDate(manager.sharedAt)}</span>}
            </th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ d, s, m, diff }) => {
            const differs = diff.delta !== null && diff.delta !== 0;
            return (
              <tr key={d.id} className={differs ? 'fw-row-differs' : undefined}>
                <th scope="row">{d.name}</th>
                <td className={s ? undefined : 'muted'} data-label="Self">
                  {ratingText(levels, s)}
                </td>
                <td className={m ? undefined : 'muted'} data-label="Manager">
                  {ratingText(levels, m)}
                </td>
                <td data-label="Difference">
                  {differs ? (
                    <span className="fw-diff">
                      <ArrowLeftRight size={14} aria-hidden="true" />
                      {diff.text}
                    </span>
                  ) : diff.delta === 0 ? (
                    <span className="fw-same">
                      <Check size={14} aria-hidden="true" />
                      Same level
                    </span>
                  ) : (
                    <span className="muted">{diff.text}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
