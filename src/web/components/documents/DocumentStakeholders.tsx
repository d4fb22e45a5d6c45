/** The stakeholders of a document: the initiatives' stakeholder section, for `documentId`; its owner edits them. */
import type { Document } from '../../api/types.js';
import { useMe } from '../../app/session.js';
import { Stakeholders } from '../stakeholders/Stakeholders.js';
import './documents-review.css';

export function DocumentStakeholders({ document, headingLevel = 2 }: { document: Document; headingLevel?: 2 | 3 }) {
  const me = useMe();
  return (
    <div className="dr-stakeholders">
      <Stakeholders documentId={document.id} canEdit={document.ownerId === me.id} headingLevel={headingLevel} />
    </div>
  );
}
