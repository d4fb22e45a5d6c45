import { Compass } from 'lucide-react';
import { Link } from 'react-router';
import { EmptyState, PageHeader } from '../components/bits.js';

export default function NotFound() {
  return (
    <div className="page page-narrow">
      <PageHeader title="Page not found" />
      <EmptyState
        icon={<Compass size={28} />}
        title="There's nothing at this address"
        action={
          <Link className="btn btn-primary" to="/">
            Go to Home
          </Link>
        }
      >
        <p>
          The link may be mistyped, or it points at something that was removed or that you can't see. Press{' '}
          <kbd className="kbd">?</kbd> for keyboard shortcuts.
        </p>
      </EmptyState>
    </div>
  );
}
