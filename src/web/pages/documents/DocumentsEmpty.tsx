/** What belongs in the documents list, with examples, and the way to start one. */
import { FileText, Inbox } from 'lucide-react';
import { EmptyState, Kbd } from '../../components/bits.js';

export function DocumentsEmpty({ filtered, inbox, onNew }: { filtered: boolean; inbox: boolean; onNew(): void }) {
  if (inbox) {
    return (
      <EmptyState icon={<Inbox size={28} />} title="No reviews waiting on you">
        <p>When someone asks you to review a design doc or an RFC, it appears here until you approve it or ask for changes.</p>
      </EmptyState>
    );
  }
  if (filtered) {
    return (
      <EmptyState icon={<FileText size={28} />} title="No documents match">
        <p>Nothing here with these filters. Try another kind or status, or look at everyone’s documents.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={<FileText size={28} />}
      title="No documents yet"
      action={
        <button type="button" className="btn btn-primary" onClick={onNew}>
          New document
        </button>
      }
    >
      <p>
        Staff engineers lead through writing. A design doc says how you will build something and what you ruled out; an RFC asks the
        people it affects to weigh in before the change; an ADR records one decision for whoever comes next.
      </p>
      <p className="muted">
        For example: an RFC titled “Adopt OpenTelemetry for tracing across services”, reviewed by the teams that run those services.
        Press <Kbd>n</Kbd> to start one from a template.
      </p>
    </EmptyState>
  );
}
