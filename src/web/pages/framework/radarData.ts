/** The radar chart's points and its spoken summary, from the ratings shown beside each other. */
import type { Dimension } from '../../api/types.js';
import type { RadarPoint } from '../../components/RadarChart.js';
import { ratingSpoken, ratingText, ratingValue } from '../../lib/assessments.js';
import type { LevelInfo } from '../../data/vocabulary.js';
import type { RatingsView } from './ratingsView.js';

export function radarOf(
  view: RatingsView,
  dimensions: readonly Dimension[],
  levels: readonly LevelInfo[],
  level: string,
  levelName: string,
): { data: RadarPoint[]; summary: string } {
  const targetRank = levels.findIndex((l) => l.id === level);
  const of = (id: string) => view.ratings.get(id) ?? { self: null, manager: null };
  const data: RadarPoint[] = dimensions.map((d) => {
    const { self, manager } = of(d.id);
    return {
      dimension: d.id,
      name: d.name,
      self: ratingValue(levels, self),
      manager: ratingValue(levels, manager),
      target: targetRank,
      selfText: ratingText(levels, self),
      managerText: ratingText(levels, manager),
      targetText: levelName,
    };
  });
  const spoken = (kind: 'self' | 'manager') => dimensions.map((d) => `${d.name} ${ratingSpoken(levels, of(d.id)[kind])}`).join('; ');
  const summary = `Radar chart of ${dimensions.length} dimensions. Target: ${levelName} everywhere. ${
    view.latest.self ? `Self: ${spoken('self')}.` : 'No shared self-assessment.'
  } ${view.latest.manager ? `Manager: ${spoken('manager')}.` : 'No shared manager assessment.'}`;
  return { data, summary };
}
