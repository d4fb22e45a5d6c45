import { LoaderCircle } from 'lucide-react';
import { useEffect, type ReactNode, type Ref } from 'react';
import type { PagedQuery } from '../data/queries.js';
import { formatDateTime, formatRelative } from '../lib/format.js';

/**
 * Initials on a tinted disc; decorative, the name is always written next to it. The initials
 * are drawn by CSS from `data-initials`, so they are not part of a button's accessible name.
 */
export function Avatar({ name, size = 28 }: { name: string; size?: number }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return (
    <span
      className={`avatar avatar-${hash % 6}`}
      aria-hidden="true"
      data-initials={initials || '?'}
      style={{ width: size, height: size, fontSize: Math.round(size * 0.4) }}
    />
  );
}

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <span className="spinner" role="status">
      <LoaderCircle size={16} aria-hidden="true" className="spin" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <LoaderCircle size={16} aria-hidden="true" className="spin" />
      <span>{label}</span>
    </div>
  );
}

/** A time with a relative label and the exact time on hover. */
export function Time({ value, fallback = '—' }: { value: string | null | undefined; fallback?: string }) {
  if (!value) return <span className="muted">{fallback}</span>;
  return (
    <time dateTime={value} title={formatDateTime(value)} className="num">
      {formatRelative(value)}
    </time>
  );
}

/** The page title (an h1 that the shell focuses after in-app navigation); sets document.title. */
export function PageHeader({
  title,
  documentTitle,
  description,
  actions,
}: {
  title: ReactNode;
  /** Defaults to `title` when that is a string. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const docTitle = documentTitle ?? (typeof title === 'string' ? title : 'staffpath');
  useEffect(() => {
    document.title = `${docTitle} · staffpath`;
  }, [docTitle]);
  return (
    <header className="page-header">
      <div className="page-header-text">
        <h1 tabIndex={-1}>
          {title}
        </h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty">
      {icon && (
        <div className="empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h2 className="empty-title">{title}</h2>
      {children && <div className="empty-body">{children}</div>}
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}

/** A keyboard key. */
export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}

/** The foot of a paged list: what is shown so far and, while there is more, a "Load more" button. */
export function ListFoot({
  list,
  children,
  ref,
}: {
  list: Pick<PagedQuery<unknown>, 'nextCursor' | 'loadingMore' | 'loadMore'>;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div className="list-foot" ref={ref}>
      <span className="muted num">{children}</span>
      {list.nextCursor && (
        <button type="button" className="btn" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
