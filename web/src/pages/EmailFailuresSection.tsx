/**
 * For administrators, on the notifications page: the reminder e-mails the mail server did not
 * take (given up, or being retried) with the server's reason, and "Gửi lại" to try one now.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { EmailFailure, EmailFailureList, EmailRetry } from '../api/email-failure-types.ts';
import { Loading, Notice, PageError } from '../components/Feedback.tsx';
import { formatDateTime } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';

const KIND: Record<EmailFailure['kind'], Key> = {
  reminder: 'mailKindReminder',
  digest: 'mailKindDigest',
  staff_alert: 'mailKindStaffAlert',
};

function FailureRow({ f, onRetry, busy }: { f: EmailFailure; onRetry: () => void; busy: boolean }) {
  const { t } = useI18n();
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : '');
  return (
    <li className="ntf unread" data-testid="email-failure">
      <span className="badge danger">{t(KIND[f.kind])}</span>{' '}
      {t('mailTo', { name: f.recipient.fullName, username: f.recipient.username, items: f.items })}
      <div className="muted">
        {f.state === 'retrying'
          ? t('mailRetrying', { tries: f.tries, max: f.maxTries, at: at(f.nextAttemptAt) })
          : t('mailFailed', { tries: f.tries, at: at(f.lastAttemptAt) })}
      </div>
      {f.lastError ? (
        <div data-testid="email-failure-reason">{t('mailReason', { reason: f.lastError })}</div>
      ) : null}
      <button
        type="button"
        className="secondary small"
        disabled={busy}
        onClick={onRetry}
        data-testid="email-retry"
      >
        {t('mailRetry')}
      </button>
    </li>
  );
}

export function EmailFailuresSection() {
  const { t } = useI18n();
  const [list, setList] = useState<EmailFailureList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.get<EmailFailureList>('/email-failures').then(
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
  const retry = (f: EmailFailure) => {
    setBusy(f.id);
    setNotice(null);
    api.post<EmailRetry>(`/email-failures/${f.id}/retry`).then(
      (r) => {
        const name = r.email.recipient.fullName;
        setNotice(t(r.email.state === 'sent' ? 'mailRetrySent' : 'mailRetryFailed', { name }));
        setError(null);
        setBusy(null);
        setAttempt((a) => a + 1);
      },
      (err: unknown) => {
        setError(err);
        setBusy(null);
        setAttempt((a) => a + 1);
      },
    );
  };
  const max = list?.items[0]?.maxTries ?? 5;
  return (
    <section aria-labelledby="email-failures-title" data-testid="email-failures">
      <h2 id="email-failures-title">{t('mailFailTitle')}</h2>
      <p className="muted">{t('mailFailIntro', { max })}</p>
      {error ? <PageError error={error} onRetry={() => setAttempt((a) => a + 1)} /> : null}
      <Notice text={notice} />
      {!list && !error && <Loading />}
      {list &&
        (list.items.length === 0 ? (
          <p>{t('mailFailNone')}</p>
        ) : (
          <ul className="ntf-list">
            {list.items.map((f) => (
              <FailureRow key={f.id} f={f} busy={busy === f.id} onRetry={() => retry(f)} />
            ))}
          </ul>
        ))}
    </section>
  );
}
