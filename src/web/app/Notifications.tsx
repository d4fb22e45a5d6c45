/**
 * The bell in the top bar: the number of unread notifications (polled every minute and
 * whenever the window regains focus) and a non-modal menu of the recent ones. Choosing one
 * marks it read and follows its link; "Mark all read" clears the count.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Bell, CheckCheck } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.js';
import type { Notification, Page } from '../api/types.js';
import { formatDateTime, formatRelative } from '../lib/format.js';

const POLL_MS = 60_000;
const LIMIT = 20;

/** Only paths inside the app; anything else is not followed. */
function localLink(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  return link;
}

export function NotificationBell() {
  const navigate = useNavigate();
  const [unread, setUnread] = useState<Notification[]>([]);
  const [more, setMore] = useState(false);
  const [recent, setRecent] = useState<Notification[] | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);

  const poll = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const page = await api.get<Page<Notification>>('/notifications', { query: { unread: true, limit: LIMIT } });
      setUnread(page.items);
      setMore(Boolean(page.nextCursor));
      setFailed(false);
    } catch {
      // A missed poll is not worth a message; the next one will try again.
      setFailed(true);
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    void poll();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void poll();
    }, POLL_MS);
    const onFocus = () => void poll();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [poll]);

  // Opening the menu shows the recent ones, read or not.
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    api
      .get<Page<Notification>>('/notifications', { query: { limit: LIMIT } })
      .then((page) => {
        if (!cancelled) setRecent(page.items);
      })
      .catch(() => {
        if (!cancelled) setRecent(unread);
      });
    void poll();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refresh when opened, not on every poll
  }, [open]);

  async function markRead(ids: string[] | 'all') {
    const now = new Date().toISOString();
    const hit = (n: Notification) => ids === 'all' || ids.includes(n.id);
    setUnread((all) => all.filter((n) => !hit(n)));
    setRecent((all) => all && all.map((n) => (hit(n) && !n.readAt ? { ...n, readAt: now } : n)));
    if (ids === 'all') setMore(false);
    try {
      await api.post('/notifications/read', { ids });
    } catch {
      void poll();
    }
  }

  const count = unread.length;
  const countText = more ? `${count}+` : String(count);
  const list = recent ?? unread;
  const label = count ? `Notifications, ${countText} unread` : 'Notifications, none unread';

  return (
    // Not modal: a modal menu would inject a <style> element that the CSP blocks.
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
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
