/** Agencies in the caller's scope; administrators add agencies and disable or enable them. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Agency, Items, Me } from '../api/types.ts';
import { ErrorBox, Loading } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { isAdmin } from '../components/Layout.tsx';
import { useI18n } from '../i18n.ts';
import { AGENCY_KIND_LABELS } from '../labels.ts';
import { AgencyForm } from './AgencyForm.tsx';

export function AgenciesPage({ me }: { me: Me }) {
  const { t, pick, errorMessage } = useI18n();
  const [items, setItems] = useState<Agency[] | null>(null);
  const [q, setQ] = useState('');
  const [error, setError] = useState<unknown>(null);
  const admin = isAdmin(me);

  const load = useCallback(async () => {
    try {
      const r = await api.get<Items<Agency>>('/agencies', { q: q.trim() });
      setItems(r.items);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [q]);

  useEffect(() => {
    const timer = setTimeout(() => void load(), 200);
    return () => clearTimeout(timer);
  }, [load]);

  const toggle = async (a: Agency) => {
    try {
      await api.patch(`/agencies/${a.id}`, { isActive: !a.isActive });
      await load();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="agencies-title">
      <h1 id="agencies-title">{t('navAgencies')}</h1>
      {admin && <AgencyForm onCreated={() => void load()} />}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('search')} className="grow">
          {(p) => (
            <input
              {...p}
              type="search"
              placeholder={t('searchAgencies')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              autoComplete="off"
              data-testid="agencies-search"
            />
          )}
        </Field>
      </form>
      <ErrorBox errors={error ? errorMessage(error) : null} testId="agencies-error" />
      {items === null ? (
        error ? null : (
          <Loading />
        )
      ) : items.length === 0 ? (
        <p className="muted" data-testid="agencies-empty">
          {t('noResults')}
        </p>
      ) : (
        <table className="stack" data-testid="agencies-table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('status')}</th>
              {admin && (
                <th scope="col">
                  <span className="visually-hidden">{t('action')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-testid="agency-row" data-agency-id={a.id}>
                <td data-label={t('name')}>{a.name}</td>
                <td data-label={t('kind')}>{pick(AGENCY_KIND_LABELS[a.kind], a.kind)}</td>
                <td data-label={t('unit')}>
                  <a href={`#/units/${a.unitId}`}>{a.unitName}</a>
                </td>
                <td data-label={t('status')}>{a.isActive ? t('active') : t('inactive')}</td>
                {admin && (
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => void toggle(a)}
                      data-testid="agency-toggle-active"
                    >
                      {a.isActive ? t('deactivate') : t('activate')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
