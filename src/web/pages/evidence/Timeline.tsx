/** The brag document's timeline: the header, the filters and the entries they select. */
import { NotebookPen, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import { useCapture } from '../../app/capture.js';
import { PageHeader } from '../../components/bits.js';
import { ProposalsPanel } from './proposals/ProposalsPanel.js';
import { TimelineFilters } from './TimelineFilters.js';
import { TimelineList } from './TimelineList.js';
import { useEvidenceQuery } from './useEvidenceQuery.js';

export function Timeline() {
  const capture = useCapture();
  const query = useEvidenceQuery();

  return (
    <div className="page">
      <PageHeader
        title="Evidence"
        description="Your brag document: what you did, when, and what it changed, written while you still remember the numbers."
        actions={
          <>
            <Link to="/evidence?deleted=true" className="btn">
              <Trash2 size={16} aria-hidden="true" /> Trash
            </Link>
            <button type="button" className="btn btn-primary" onClick={() => capture.open()} aria-keyshortcuts="C">
              <NotebookPen size={16} aria-hidden="true" /> Log evidence
            </button>
          </>
        }
      />

      <ProposalsPanel />

      <TimelineFilters query={query} />

      <TimelineList query={query} />
    </div>
  );
}
