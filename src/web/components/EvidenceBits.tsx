import { Building2, ExternalLink, GraduationCap, Lock, Target, TrendingUp, UserRound, UsersRound, type LucideIcon } from 'lucide-react';
import { Link } from 'react-router';
import { api } from '../api/client.js';
import type { AudienceMember, Evidence, Initiative, Metric } from '../api/types.js';
import { keys } from '../data/keys.js';
import { useApiQuery } from '../data/queries.js';
import { useFramework } from '../data/framework.js';
import { audienceSummary, impactLabel, metricText, metricValue, shortUrl, type AudienceKind } from '../lib/evidence.js';

const AUDIENCE_ICONS: Record<AudienceKind, LucideIcon> = {
  private: Lock,
  manager: UserRound,
  mentors: GraduationCap,
  org: Building2,
};

/** Who can see an entry: an icon and a word, never colour alone. */
export function AudienceBadge({ audience, compact }: { audience: readonly AudienceMember[]; compact?: boolean }) {
  const summary = audienceSummary(audience);
  const Icon = AUDIENCE_ICONS[summary.kind];
  return (
    <span className={`audience audience-${summary.kind}`} title={summary.description}>
      <Icon size={14} aria-hidden="true" />
      <span className={compact ? 'audience-label-compact' : undefined}>
        <span className="visually-hidden">Visible to: </span>
        {summary.label}
      </span>
    </span>
  );
}

export function DimensionChips({ ids }: { ids: readonly string[] }) {
  const { dimensionName, isKnownDimension } = useFramework();
  if (!ids.length) return null;
  return (
    <ul className="chips dim-chips" aria-label="Dimensions">
      {ids.map((id) => (
        <li key={id} className={`chip chip-dim ${isKnownDimension(id) ? '' : 'chip-unmapped'}`} title={isKnownDimension(id) ? undefined : 'Not a dimension of the current framework'}>
          {dimensionName(id)}
          {!isKnownDimension(id) && <span className="muted"> (unmapped)</span>}
        </li>
      ))}
    </ul>
  );
}

export function ImpactBadge({ impact }: { impact: Evidence['impact'] }) {
  if (!impact) return null;
  return (
    <span className="impact">
      <TrendingUp size={14} aria-hidden="true" />
      <span className="visually-hidden">Impact: </span>
      {impactLabel(impact)}
    </span>
  );
}

export function MetricList({ metrics }: { metrics: readonly Metric[] }) {
  if (!metrics.length) return null;
  return (
    <ul className="metrics" aria-label="Metrics">
      {metrics.map((m, i) => (
        <li key={`${m.name}-${i}`} className="metric" title={metricText(m)}>
          <span className="metric-name">{m.name}</span>
          <span className="metric-value num">{metricValue(m)}</span>
        </li>
      ))}
    </ul>
  );
}

export function TeamList({ teams }: { teams: readonly string[] }) {
  if (!teams.length) return null;
  return (
    <span className="ev-teams">
      <UsersRound size={14} aria-hidden="true" />
      <span className="visually-hidden">Teams: </span>
      <span>{teams.join(', ')}</span>
    </span>
  );
}

export function LinkList({ links, max }: { links: readonly string[]; max?: number }) {
  if (!links.length) return null;
  const shown = max ? links.slice(0, max) : links;
  return (
    <ul className="ev-links" aria-label="Links">
      {shown.map((url) => (
        <li key={url}>
          <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
            <ExternalLink size={12} aria-hidden="true" />
            {shortUrl(url)}
          </a>
        </li>
      ))}
      {max && links.length > max && <li className="muted">+{links.length - max} more</li>}
    </ul>
  );
}

/** The initiative an entry names, as a link to it; nothing while unknown or when the reader may not see it. */
export function InitiativeLink({ id }: { id: string | null }) {
  const query = useApiQuery(keys.initiatives.one(id ?? ''), (signal) => api.get<Initiative>(`/initiatives/${encodeURIComponent(id ?? '')}`, { signal }), {
    enabled: Boolean(id),
    staleTime: 60_000,
  });
  if (!id || !query.data) return null;
  return (
    <span className="ev-teams ev-initiative">
      <Target size={14} aria-hidden="true" />
      <span className="visually-hidden">Initiative: </span>
      <Link to={`/initiatives/${encodeURIComponent(id)}`}>{query.data.title}</Link>
    </span>
  );
}
