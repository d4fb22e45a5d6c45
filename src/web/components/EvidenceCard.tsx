import DOMPurify from 'dompurify';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { readSearchTerms, tokenMatches } from '../../shared/search-syntax.js';
import { tokenize } from '../../shared/text.js';
import type { EvidenceListItem } from '../api/types.js';
import { formatDay } from '../lib/evidence.js';
import { AudienceBadge, DimensionChips, ImpactBadge, InitiativeLink, LinkList, MetricList, TeamList } from './EvidenceBits.js';

/** The server's snippet is HTML-escaped with matches in <mark>; keep exactly that. */
export function sanitizeSnippet(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
}

/** The text with the searched words in <mark> (as React elements, never as HTML), read as the server reads the query. */
export function highlight(text: string, q: string): ReactNode {
  if (!q.trim()) return text;
  const terms = readSearchTerms(q);
  if (!terms.length) return text;
  const out: ReactNode[] = [];
  let pos = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    // A word of the text may be several tokens (`p99-latency`); it is marked when one matches.
    if (!tokenize(m[0]).some((token) => tokenMatches(token, terms))) continue;
    const i = m.index ?? 0;
    if (i > pos) out.push(text.slice(pos, i));
    out.push(<mark key={i}>{m[0]}</mark>);
    pos = i + m[0].length;
  }
  if (!out.length) return text;
  if (pos < text.length) out.push(text.slice(pos));
  return out.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

export function EvidenceCard({
  item,
  today,
  q = '',
  ownerName,
  headingLevel = 3,
  showInitiative = true,
}: {
  item: EvidenceListItem;
  today: string;
  q?: string;
  /** Shown when the entry is someone else's. */
  ownerName?: string | undefined;
  headingLevel?: 2 | 3;
  /** False where the list is already that initiative's (its own page). */
  showInitiative?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Only a snippet that shows a match adds anything; a title match is marked in the title.
  const showSnippet = Boolean(q && item.body.trim() && item.snippet?.includes('<mark>'));
  return (
    <article className="ev-card" aria-labelledby={`ev-${item.id}-title`}>
      <div className="ev-card-head">
        <Heading className="ev-card-title" id={`ev-${item.id}-title`}>
          <Link to={`/evidence/${encodeURIComponent(item.id)}`} className="ev-card-link">
            {highlight(item.title, q)}
          </Link>
        </Heading>
        <span className="ev-card-aside">
          <time className="ev-date" dateTime={item.occurredOn}>
            {formatDay(item.occurredOn, today)}
          </time>
          <AudienceBadge audience={item.audience} />
        </span>
      </div>
      {ownerName && <p className="ev-owner">{ownerName}</p>}
      {showSnippet && (
        // Sanitised to <mark> only, above.
        <p className="ev-snippet" dangerouslySetInnerHTML={{ __html: sanitizeSnippet(item.snippet ?? '') }} />
      )}
      <MetricList metrics={item.metrics} />
      {(item.dimensions.length > 0 || item.impact || item.teams.length > 0 || (showInitiative && item.initiativeId)) && (
        <div className="ev-meta">
          <DimensionChips ids={item.dimensions} />
          <ImpactBadge impact={item.impact} />
          <TeamList teams={item.teams} />
          {showInitiative && <InitiativeLink id={item.initiativeId} />}
        </div>
      )}
      <LinkList links={item.links} max={3} />
    </article>
  );
}
