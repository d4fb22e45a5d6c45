/**
 * The visibility rules of src/shared/policy.ts as search-index tokens (SQLite FTS5's `acl`
 * column). An item carries one token per branch that can see it: `o<owner>` for the owner,
 * `<letter><owner>` for each audience value it has (`m` manager, `t` mentors, `g` org), and
 * the bare letter when that audience opens the item to everyone. A viewer's query asks for
 * the tokens of their branches. Both sides come from the same tables, so the index can never
 * say more than the SQL predicate.
 */
import { RELATION_HOLDERS, SEES, type Audience, type VisibilityFilter } from '../../shared/policy.js';
import { normalizeText } from '../../shared/text.js';

const LETTER: Record<Audience | 'always', string> = { always: 'o', manager: 'm', mentors: 't', org: 'g' };

const idToken = (id: string): string => normalizeText(id).replace(/ /g, '');

const opensToEveryone = (a: Audience): boolean => RELATION_HOLDERS[SEES.audience[a]] === 'everyone';

/** The tokens stored with an item. */
export function itemTokens(item: { ownerId: string; audience: readonly string[] }): string {
  const o = idToken(item.ownerId);
  const tokens = [`${LETTER.always}${o}`];
  for (const a of Object.keys(SEES.audience) as Audience[]) {
    if (!item.audience.includes(a)) continue;
    if (opensToEveryone(a)) tokens.push(LETTER[a]);
    tokens.push(`${LETTER[a]}${o}`);
  }
  return tokens.join(' ');
}

/** The tokens a viewer may match, optionally narrowed to some owners. */
export function queryTokens(filter: VisibilityFilter, owners?: readonly string[]): string[] {
  const out = new Set<string>();
  for (const b of filter.branches) {
    const letter = b.audience ? LETTER[b.audience] : LETTER.always;
    if (owners?.length) {
      for (const o of owners) if (b.owners === 'all' || b.owners.includes(o)) out.add(`${letter}${idToken(o)}`);
    } else if (b.owners === 'all') {
      out.add(letter);
    } else {
      for (const o of b.owners) out.add(`${letter}${idToken(o)}`);
    }
  }
  return [...out];
}
