/** The report forms (shipped and built here), for system administrators: edit, switch off, create. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { ReportForm } from '../api/report-types.ts';
import type { Items } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { useI18n } from '../i18n.ts';

export function ReportFormsPage() {
  const { t, pick } = useI18n();
  const [items, setItems] = useState<ReportForm[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    api.get<Items<ReportForm>>('/report-forms', { all: 'true' }).then((r) => setItems(r.items), setError);
  }, [attempt]);

  const toggle = async (f: ReportForm) => {
    try {
      await api.post(`/report-forms/${f.id}/active`, { isActive: !f.isActive });
      setAttempt(attempt + 1);
    } catch (err) {
      setError(err);
    }
  };

  if (error) return <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />;
  if (!items) return <Loading />;
  return (
    <section aria-labelledby="forms-title">
      <p className="crumbs">
        <a href="#/reports">{t('reportsTitle')}</a>
      </p>
      <div className="title-row">
        <h1 id="forms-title">{t('formsTitle')}</h1>
        <a className="button" href="#/report-forms/new" data-testid="form-new">
          {t('newForm')}
        </a>
      </div>
      <table className="stack" data-testid="forms-table">
        <thead>
          <tr>
            <th scope="col">{t('formCode')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('periodTypeLabel')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} data-testid="form-row" data-code={f.code}>
              <td data-label={t('formCode')}>
                <a href={`#/report-forms/${f.id}`}>{f.code}</a>{' '}
                {f.shipped && <span className="badge">{t('shippedBadge')}</span>}
              </td>
              <td data-label={t('name')}>{pick([f.name, f.nameEn], f.code)}</td>
              <td data-label={t('periodTypeLabel')}>{t(`pt_${f.periodType}`)}</td>
              <td data-label={t('status')}>
                {f.isActive ? t('formInUse') : t('formNotInUse')}{' '}
                <button type="button" className="secondary small" onClick={() => void toggle(f)}>
                  {f.isActive ? t('stopUsing') : t('useAgain')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
