/** The bell in the top bar: the caller's unread notifications, refreshed every minute and on navigation. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { NotificationList } from '../api/notification-types.ts';
import { useI18n } from '../i18n.ts';
import '../notifications.css';

/** Sent by the notifications page when it marks some read, so the bell counts again. */
export const NOTIFICATIONS_CHANGED = 'binhdang:notifications';

export function NotificationBell() {
  const { t } = useI18n();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    const load = () =>
      api.poll<NotificationList>('/notifications').then(
        (r) => {
          if (live) setUnread(r.unread);
        },
        () => undefined, // the bell stays as it was; pages show their own errors
      );
    void load();
    const timer = window.setInterval(() => void load(), 60_000);
    const onChange = () => void load();
    window.addEventListener('hashchange', onChange);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChange);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChange);
    };
  }, []);
  return (
    <a href="#/notifications" className="bell" aria-label={t('ntfBell', { n: unread })} data-testid="bell">
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span className="bell-count" data-testid="bell-count">
          {unread}
        </span>
      )}
    </a>
  );
}
