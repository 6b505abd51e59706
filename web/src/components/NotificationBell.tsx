/** The bell in the top bar (an inline SVG: no emoji font needed): the caller's unread notifications, refreshed every minute and on navigation. */
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
      <svg
        className="bell-icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="22"
        height="22"
      >
        <path
          d="M12 3a6 6 0 0 0-6 6v3.5L4.5 15v1.5h15V15L18 12.5V9a6 6 0 0 0-6-6Zm-2.2 15a2.3 2.3 0 0 0 4.4 0Z"
          fill="currentColor"
        />
      </svg>
      {unread > 0 && (
        <span className="bell-count" data-testid="bell-count">
          {unread}
        </span>
      )}
    </a>
  );
}
