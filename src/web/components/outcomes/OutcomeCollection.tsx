/** A list of outcome cards with its loading, error, empty state and "Load more"; the pages and OutcomeList share it. */
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/client.js';
import { ListFoot, Loading } from '../bits.js';
import { FormError } from '../Form.js';
import { OutcomeCard } from './OutcomeCard.js';
import { OutcomesEmpty } from './OutcomesEmpty.js';
import { useOutcomes, type OutcomeFilter } from './useOutcomes.js';

export function OutcomeCollection({
  filter,
  canEdit,
  cardHeadingLevel,
  emptyAction,
}: {
  filter: OutcomeFilter;
  canEdit: boolean;
  cardHeadingLevel: 2 | 3 | 4;
  /** The "New outcome" button the empty state offers. */
  emptyAction?: ReactNode;
}) {
  const list = useOutcomes(filter);
  if (list.loading && !list.items.length) return <Loading label="Loading outcomes…" />;
  if (list.error && !list.items.length) return <FormError message={errorMessage(list.error)} />;
  if (!list.items.length) {
    return (
      <OutcomesEmpty
        headingLevel={cardHeadingLevel}
        forInitiative={Boolean(filter.initiativeId)}
        who={filter.owner === 'reports' ? 'reports' : 'me'}
        action={canEdit ? emptyAction : undefined}
      />
    );
  }
  const n = list.items.length;
  return (
    <>
      <FormError message={list.error ? errorMessage(list.error) : null} />
      <ul className="oc-list" aria-label="Outcomes">
        {list.items.map((o) => (
          <li key={o.id}>
            <OutcomeCard outcome={o} canEdit={canEdit} headingLevel={cardHeadingLevel} showInitiative={!filter.initiativeId} />
          </li>
        ))}
      </ul>
      {(list.nextCursor || n > 3) && (
        <ListFoot list={list}>
          {n} {n === 1 ? 'outcome' : 'outcomes'}
          {list.nextCursor ? ' so far' : ''}
        </ListFoot>
      )}
    </>
  );
}
