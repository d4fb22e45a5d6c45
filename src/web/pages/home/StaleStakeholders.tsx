import { UsersRound } from 'lucide-react';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import type { Initiative, Page } from '../../api/types.js';
import { keys } from '../../data/keys.js';
import { useApiQuery } from '../../data/queries.js';

const OPEN = ['exploring', 'proposed', 'active'];
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The nudge when stakeholders of your open initiatives have gone quiet: never contacted, or not
 * within the organisation's days. Shows nothing while there is nothing to chase.
 */
export function StaleStakeholders() {
  const query = useApiQuery(keys.initiatives.list({ owner: 'me', status: OPEN, limit: 50, for: 'home' }), (signal) =>
    api.get<Page<Initiative>>('/initiatives', { query: { owner: 'me', status: OPEN, limit: 50 }, signal }),
  );
  const stale = (query.data?.items ?? []).filter((i) => i.stakeholderSummary.stale > 0);
  if (stale.length === 0) return null;
  const total = stale.reduce((n, i) => n + i.stakeholderSummary.stale, 0);
  return (
    <section className="card home-nudge" aria-labelledby="stale-stakeholders-heading">
      <UsersRound size={20} aria-hidden="true" className="home-nudge-icon" />
      <div className="grow">
        <h2 id="stale-stakeholders-heading" className="home-nudge-title">
          {plural(total, 'stakeholder to get back to', 'stakeholders to get back to')}
        </h2>
        <p className="muted">Alignment fades when people hear nothing. A short update now is cheaper than a surprise later.</p>
        <ul className="home-nudge-list">
          {stale.slice(0, 3).map((i) => (
            <li key={i.id}>
              <Link to={`/initiatives/${i.id}`}>{i.title}</Link>{' '}
              <span className="muted">— {plural(i.stakeholderSummary.stale, 'stakeholder', 'stakeholders')} not contacted lately</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
