/**
 * The caller's notifications (reminders of due reports and tasks, staff alerts) and their e-mail
 * settings; for administrators also the e-mails that could not be sent.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { AppNotification, NotificationList, NotificationSettings } from '../api/notification-types.ts';
import type { Me } from '../api/types.ts';
import { ErrorBox, Loading, Notice, PageError, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { isAdmin } from '../components/Layout.tsx';
import { NOTIFICATIONS_CHANGED } from '../components/NotificationBell.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { EmailFailuresSection } from './EmailFailuresSection.tsx';

function NotificationRow({ n, onRead }: { n: AppNotification; onRead: () => void }) {
  const { t } = useI18n();
  const due = formatDate(n.dueDate);
  return (
    <li className={n.read ? 'ntf read' : 'ntf unread'} data-testid="notification">
      {n.kind === 'staff_alert' ? (
        <span className="badge danger">{t('ntfStaffAlert', { date: due })}</span>
      ) : n.kind === 'case_escalation' ? (
        <span className="badge danger" data-testid="notification-escalation">
          {t('ntfCaseEscalation', { date: due })}
        </span>
      ) : n.kind === 'report_returned' ? (
        <span className="badge danger" data-testid="notification-returned">
          {t('ntfReturned')}
        </span>
      ) : (
        <span className={n.stage === 'overdue' ? 'badge danger' : 'badge'}>
          {t(n.kind === 'report_due' ? 'ntfReport' : 'ntfTask')} ·{' '}
          {t(n.stage === 'overdue' ? 'ntfOverdue' : 'ntfBefore', { date: due })}
        </span>
      )}{' '}
      <a href={n.link} onClick={() => !n.read && onRead()}>
        {n.title}
      </a>
      <div className="muted">{n.detail}</div>
      {!n.read && (
        <button type="button" className="secondary small" onClick={onRead}>
          {t('ntfMarkRead')}
        </button>
      )}
    </li>
  );
}

function SettingsForm() {
  const { t } = useI18n();
  const [s, setS] = useState<NotificationSettings | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(problem);
  useEffect(() => {
    api.get<NotificationSettings>('/me/notification-settings').then(setS, setProblem);
  }, []);
  if (!s) return problem ? <ErrorBox errors={errors} /> : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    api
      .put<NotificationSettings>('/me/notification-settings', {
        email: s.email?.trim() || null,
        digest: s.digest,
      })
      .then((r) => {
        setS(r);
        setProblem(null);
        setSaved(true);
      }, setProblem);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="notification-settings">
      <h2>{t('ntfSettings')}</h2>
      <ErrorBox errors={errors} labels={{ email: t('ntfEmail') }} />
      <Field
        label={t('ntfEmail')}
        hint={t('ntfEmailHint')}
        {...(errors?.fields.email ? { error: errors.fields.email } : {})}
      >
        {(p) => (
          <input
            {...p}
            type="email"
            autoComplete="email"
            value={s.email ?? ''}
            onChange={(e) => setS({ ...s, email: e.target.value })}
            data-testid="ntf-email"
          />
        )}
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={s.digest}
          onChange={(e) => setS({ ...s, digest: e.target.checked })}
          data-testid="ntf-digest"
        />{' '}
        {t('ntfDigest')}
      </label>
      <p>
        <button type="submit" data-testid="ntf-save">
          {t('ntfSave')}
        </button>
      </p>
      <Notice text={saved ? t('saved') : null} />
    </form>
  );
}

export function NotificationsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const [list, setList] = useState<NotificationList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api.get<NotificationList>('/notifications').then(
      (r) => {
        if (live) setList(r);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const changed = () => {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    setAttempt((a) => a + 1);
  };
  const read = (path: string) => api.post(path).then(changed, setError);
  return (
    <section>
      <h1>{t('ntfTitle')}</h1>
      <p className="muted">{t('ntfIntro')}</p>
      {error ? <PageError error={error} onRetry={() => setAttempt((a) => a + 1)} /> : null}
      {!list && !error && <Loading />}
      {list && (
        <>
          <p>
            {t('ntfUnread', { n: list.unread })}{' '}
            {list.unread > 0 && (
              <button
                type="button"
                className="secondary"
                onClick={() => void read('/notifications/read-all')}
              >
                {t('ntfReadAll')}
              </button>
            )}
          </p>
          {list.items.length === 0 ? (
            <p>{t('ntfNone')}</p>
          ) : (
            <ul className="ntf-list" data-testid="notifications">
              {list.items.map((n) => (
                <NotificationRow key={n.id} n={n} onRead={() => void read(`/notifications/${n.id}/read`)} />
              ))}
            </ul>
          )}
        </>
      )}
      <SettingsForm />
      {isAdmin(me) ? <EmailFailuresSection /> : null}
    </section>
  );
}
