import { useEffect, useState } from 'react';
import { api, type AuditEntry } from '../api.ts';
import { ErrorText } from '../components/Layout.tsx';
import { formatDate, useT } from '../i18n.ts';

export function AuditPage() {
  const { t, errorText } = useT();
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ items: AuditEntry[] }>('GET', '/audit-log?limit=200').then(
      (r) => setItems(r.items),
      (err: unknown) => setError(errorText(err)),
    );
  }, []);
  return (
    <section>
      <h1>{t('navAudit')}</h1>
      <ErrorText text={error} />
      <table>
        <thead>
          <tr>
            <th>{t('time')}</th>
            <th>{t('actor')}</th>
            <th>{t('action')}</th>
            <th>{t('object')}</th>
            <th>{t('address')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-testid="audit-row">
              <td>{formatDate(i.at, true)}</td>
              <td>{i.actorName ?? (typeof i.details.actor === 'string' ? i.details.actor : '')}</td>
              <td>{i.action}</td>
              <td>
                {i.entityType} {i.entityId ?? ''}
              </td>
              <td>{i.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
