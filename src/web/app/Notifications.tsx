/**
 * The bell in the top bar: the number of unread notifications (polled every minute and
 * whenever the window regains focus) and a non-modal menu of the recent ones. Choosing one
 * marks it read and follows its link; "Mark all read" clears the count.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell, CheckCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.js';
import type { Notification, Page } from '../api/types.js';
import { useInvalidate } from '../data/invalidate.js';
import { keys } from '../data/keys.js';
import { formatDateTime, formatRelative } from '../lib/format.js';

const POLL_MS = 60_000;
const LIMIT = 20;
const UNREAD_KEY = keys.notifications.list({ unread: true, limit: LIMIT });
const RECENT_KEY = keys.notifications.list({ limit: LIMIT });

const fetchNotifications = (unread: boolean, signal: AbortSignal) =>
  api.get<Page<Notification>>('/notifications', { query: { ...(unread && { unread: true }), limit: LIMIT }, signal });

/** Only paths inside the app; anything else is not followed. */
function localLink(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  return link;
}

export function NotificationBell() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const [open, setOpen] = useState(false);

  // The unread ones, polled while the page is visible; a missed poll is not worth a message.
  const unreadQuery = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: ({ signal }) => fetchNotifications(true, signal),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  // Opening the menu shows the recent ones, read or not.
  const recentQuery = useQuery({ queryKey: RECENT_KEY, queryFn: ({ signal }) => fetchNotifications(false, signal), enabled: open });

  const { refetch: poll } = unreadQuery;
  useEffect(() => {
    const onFocus = () => void poll({ cancelRefetch: false });
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [poll]);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) void poll({ cancelRefetch: false });
  }

  async function markRead(ids: string[] | 'all') {
    const now = new Date().toISOString();
    const hit = (n: Notification) => ids === 'all' || ids.includes(n.id);
    // A poll in flight would answer with these still unread.
    await client.cancelQueries({ queryKey: keys.notifications.all });
    client.setQueryData<Page<Notification>>(UNREAD_KEY, (page) =>
      page && { ...page, items: page.items.filter((n) => !hit(n)), nextCursor: ids === 'all' ? null : page.nextCursor },
    );
    client.setQueryData<Page<Notification>>(RECENT_KEY, (page) =>
      page && { ...page, items: page.items.map((n) => (hit(n) && !n.readAt ? { ...n, readAt: now } : n)) },
    );
    try {
      await api.post('/notifications/read', { ids });
    } catch {
      // The next answer from the server says what is still unread.
    } finally {
      void invalidate.notifications();
    }
  }

  const unread = unreadQuery.data?.items ?? [];
  const more = Boolean(unreadQuery.data?.nextCursor);
  const failed = unreadQuery.isError;
  const count = unread.length;
  const countText = more ? `${count}+` : String(count);
  const list = recentQuery.data?.items ?? unread;
  const label = count ? `Notifications, ${countText} unread` : 'Notifications, none unread';

  return (
    // Not modal: a modal menu would inject a <style> element that the CSP blocks.
    <DropdownMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <DropdownMenu.Trigger className="icon-button bell-button" aria-label={label} title={failed ? 'Notifications (could not refresh)' : 'Notifications'}>
        <Bell size={18} aria-hidden="true" />
        {count > 0 && (
          <span className="bell-count num" aria-hidden="true">
            {count > 9 || more ? '9+' : count}
          </span>
        )}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu bell-menu" align="end" sideOffset={6} collisionPadding={8} aria-label="Notifications">
          <div className="bell-head">
            <DropdownMenu.Label className="bell-title">Notifications</DropdownMenu.Label>
            <span className="muted small">{count ? `${countText} unread` : 'All read'}</span>
          </div>
          <DropdownMenu.Separator className="menu-separator" />
          {list.length === 0 ? (
            <p className="bell-empty">
              Nothing yet. You will hear here when your manager shares an assessment of you, or a colleague asks for your
              view.
            </p>
          ) : (
            <DropdownMenu.Group className="bell-list">
              {list.map((n) => {
                const to = localLink(n.link);
                return (
                  <DropdownMenu.Item
                    key={n.id}
                    className={`menu-item bell-item ${n.readAt ? 'bell-item-read' : 'bell-item-unread'}`}
                    onSelect={() => {
                      if (!n.readAt) void markRead([n.id]);
                      if (to) navigate(to);
                    }}
                  >
                    <span className="bell-dot" aria-hidden="true" />
                    <span className="bell-text">
                      <span>
                        {!n.readAt && <span className="visually-hidden">Unread: </span>}
                        {n.text}
                      </span>
                      <time className="muted small" dateTime={n.createdAt} title={formatDateTime(n.createdAt)}>
                        {formatRelative(n.createdAt)}
                      </time>
                    </span>
                  </DropdownMenu.Item>
                );
              })}
            </DropdownMenu.Group>
          )}
          {count > 0 && (
            <>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item
                className="menu-item"
                onSelect={(event) => {
                  event.preventDefault();
                  void markRead('all');
                }}
              >
                <CheckCheck size={16} aria-hidden="true" /> Mark all read
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
