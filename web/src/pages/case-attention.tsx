/** "Needs attention": overdue referrals, missed follow-ups and closure requests on the user's own cases. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { TAttention, TAttentionItem } from '../../../src/modules/cases/case-path.schema.ts';
import { PageError } from '../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import { SERVICE_LABELS } from '../service-labels.ts';

const KIND: Record<TAttentionItem['kind'], Key> = {
  referral_unanswered: 'attReferralUnanswered',
  referral_overdue: 'attReferralOverdue',
  follow_up_missed: 'attFollowUpMissed',
  closure_pending: 'attClosurePending',
};

export function CaseAttention() {
  const { t, pick } = useI18n();
  const [items, setItems] = useState<TAttentionItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<TAttention>('/cases/attention').then((r) => setItems(r.items), setError);
  }, []);
  if (error) return <PageError error={error} />;
  if (!items) return null;
  return (
    <section className="card" data-testid="case-attention" aria-labelledby="attention-title">
      <h2 id="attention-title">{t('attentionTitle')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('attentionEmpty')}</p>
      ) : (
        <ul className="plain">
          {items.map((i) => (
            <li key={`${i.kind}.${i.itemId ?? i.caseId}`} data-testid="attention-item" data-kind={i.kind}>
              <a href={`#/cases/${i.caseId}`}>{i.caseCode}</a>{' '}
              <span className="badge overdue">
                {t(KIND[i.kind], {
                  service: i.service ? pick(SERVICE_LABELS[i.service], i.service) : '',
                  at: i.dueAt.length > 10 ? formatDateTime(i.dueAt) : formatDate(i.dueAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
