/**
 * The outcomes of one initiative or one owner, each with its chart (baseline and target lines),
 * progress in words and, for its owner, "record a measurement". Placeholder: the outcomes
 * helper replaces it; the props are the contract the initiative page relies on.
 */
export interface OutcomeListProps {
  /** Outcomes linked to this initiative (GET /outcomes?initiativeId=). */
  initiativeId?: string;
  /** Whose outcomes; `me` by default when no initiative is given. */
  owner?: string;
  /** The caller owns them: show add, record, import, edit and delete. */
  canEdit: boolean;
  /** Heading level for the list's own heading, so it fits the page it sits on. */
  headingLevel?: 2 | 3;
}

export function OutcomeList(props: OutcomeListProps) {
  return <p>Outcomes for {props.initiativeId ?? props.owner ?? 'me'}</p>;
}
