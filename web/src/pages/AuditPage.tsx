/**
 * The most recent audit entries in the caller's scope, optionally of one object type; for system
 * administrators, a line saying how far the sealed log is intact.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { AuditEntry, Items, Me } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { isSystemAdmin } from '../components/Layout.tsx';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { AUDIT_ACTION_LABELS, ENTITY_TYPE_LABELS } from '../labels.ts';
import { AuditSealLine } from './audit-seal-line.tsx';

function detailText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

export function AuditPage({ me }: { me: Me }) {
  const { t, pick } = useI18n();
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [entityType, setEntityType] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    api.get<Items<AuditEntry>>('/audit-log', { limit: 200, entityType }).then(
      (r) => {
        if (live) setItems(r.items);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [entityType, attempt]);

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('navAudit')}</h1>
      {isSystemAdmin(me) ? <AuditSealLine /> : null}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('entityType')}>
          {(p) => (
            <select
              {...p}
              value={entityType}
              onChange={(e) => setEntityType(e.target.value)}
              data-testid="audit-entity-type"
            >
              <option value="">{t('all')}</option>
              {Object.entries(ENTITY_TYPE_LABELS).map(([k, pair]) => (
                <option key={k} value={k}>
                  {pick(pair, k)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {error ? (
        <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />
      ) : items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t('noResults')}</p>
      ) : (
        <table className="stack" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('time')}</th>
              <th scope="col">{t('actor')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('object')}</th>
              <th scope="col">{t('details')}</th>
              <th scope="col">{t('address')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} data-testid="audit-row" data-action={i.action}>
                <td data-label={t('time')}>
                  <time dateTime={i.at}>{formatDateTime(i.at)}</time>
                </td>
                <td data-label={t('actor')}>
                  {i.actorName ?? (typeof i.details.actor === 'string' ? i.details.actor : '')}
                </td>
                <td data-label={t('action')}>{pick(AUDIT_ACTION_LABELS[i.action], i.action)}</td>
                <td data-label={t('object')}>
                  {pick(ENTITY_TYPE_LABELS[i.entityType], i.entityType)} {i.entityId ? `#${i.entityId}` : ''}
                </td>
                <td data-label={t('details')} className="details">
                  {detailText(i.details)}
                </td>
                <td data-label={t('address')}>{i.ip}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
