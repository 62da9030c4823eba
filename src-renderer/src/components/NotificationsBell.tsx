/**
 * The notifications bell in the sidebar: unread count, and a panel listing saved-search alerts and
 * other notices. A click on one opens its job; "Mark all read" clears the count. Escape or a click
 * outside closes the panel.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppNotification } from '../../../src-preload/contract';
import { formatDateTime, formatRelative } from '../lib/format';
import { navigate } from '../router/router';
import { useStore } from '../stores';
import { unreadCount } from '../stores/alerts.slice';
import { Icon } from './Icon';

function NotificationItem({ notification, onOpen }: { notification: AppNotification; onOpen: (n: AppNotification) => void }) {
  return (
    <li>
      <button
        type="button"
        className={notification.read ? 'notification' : 'notification unread'}
        onClick={() => onOpen(notification)}
        data-testid="notification-item"
      >
        <span className="notification-dot" aria-hidden="true" />
        <span className="notification-text">
          <span className="notification-title">{notification.title}</span>
          {notification.body && <span className="notification-body">{notification.body}</span>}
          <time className="notification-time" dateTime={notification.at} title={formatDateTime(notification.at)}>
            {formatRelative(notification.at)}
          </time>
        </span>
        {!notification.read && <span className="visually-hidden">(unread)</span>}
      </button>
    </li>
  );
}

export function NotificationsBell() {
  const notifications = useStore((s) => s.notifications);
  const loadNotifications = useStore((s) => s.loadNotifications);
  const markRead = useStore((s) => s.markNotificationsRead);
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const unread = unreadCount(notifications.data);
  const list = notifications.data ?? [];

  useEffect(() => {
    void loadNotifications();
  }, [loadNotifications]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: MouseEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open]);

  const openNotification = (n: AppNotification) => {
    if (!n.read) void markRead([n.id]);
    setOpen(false);
    if (n.jobId) navigate(`/jobs/${n.jobId}`);
  };

  return (
    <div className="bell-wrap" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className={open ? 'nav-link bell active' : 'nav-link bell'}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        onClick={() => setOpen((v) => !v)}
        data-testid="notifications"
      >
        <Icon name="bell" />
        <span className="nav-label" aria-hidden="true">
          Notifications
        </span>
        {unread > 0 && (
          <span className="bell-count" data-testid="notifications-unread" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="notifications-panel" role="dialog" aria-label="Notifications" data-testid="notifications-panel">
          <header className="notifications-head">
            <h2 className="card-title">Notifications</h2>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => void markRead()}
              disabled={!unread}
              data-testid="mark-all-read"
            >
              Mark all read
            </button>
          </header>
          {notifications.error && !list.length && <p className="field-error">{notifications.error}</p>}
          {!notifications.error && !list.length && (
            <p className="muted small notifications-empty">
              Nothing yet. Save a search with an alert and Pathwise tells you when a new job scores high enough.
            </p>
          )}
          {list.length > 0 && (
            <ul className="notifications-list">
              {list.map((n) => (
                <NotificationItem key={n.id} notification={n} onOpen={openNotification} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
