/** The evidence entries that name this initiative, newest first, each linking to its page. */
import { api } from '../../api/client.js';
import type { EvidenceListItem, Page } from '../../api/types.js';
import { ListFoot } from '../../components/bits.js';
import { keys } from '../../data/keys.js';
import { usePagedQuery } from '../../data/queries.js';
import { EvidenceCard } from '../../components/EvidenceCard.js';
import { todayIn } from '../../lib/evidence.js';
import { useMe } from '../../app/session.js';
import { Section } from './Section.js';

export function LinkedEvidence({ initiativeId, isOwner }: { initiativeId: string; isOwner: boolean }) {
  const me = useMe();
  const list = usePagedQuery<EvidenceListItem>(keys.evidence.list({ initiativeId }), (cursor, signal) =>
    api.get<Page<EvidenceListItem>>('/evidence', { query: { initiativeId, cursor, limit: 20 }, signal }),
  );
  const today = todayIn(me.timeZone);
  return (
    <Section title="Linked evidence" canEdit={false}>
      {list.loading ? (
        <p className="small muted">Loading…</p>
      ) : list.items.length === 0 ? (
        <p className="in-empty small">
          {isOwner
            ? 'No evidence linked yet. When you log an entry about this work, choose this initiative in its “Initiative” field — the design review you led, the migration you shipped.'
            : 'No evidence linked that you can see.'}
        </p>
      ) : (
        <>
          <div className="in-evidence">
            {list.items.map((item) => (
              <EvidenceCard key={item.id} item={item} today={today} headingLevel={3} showInitiative={false} />
            ))}
          </div>
          {list.nextCursor && <ListFoot list={list}>{list.items.length} entries so far</ListFoot>}
        </>
      )}
    </Section>
  );
}
