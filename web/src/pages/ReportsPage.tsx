/** Periodic reports in the user's scope, by form and status; starting one; the way to the summary. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { REPORT_STATUSES, type Report, type ReportForm, type ReportStatus } from '../api/report-types.ts';
import type { Items, Me } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { FormSelect } from '../components/FormSelect.tsx';
import { isSystemAdmin } from '../components/Layout.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { REPORT_STATUS_LABELS } from '../labels.ts';
import { periodName } from '../report-periods.ts';
import { navigate, replaceQuery } from '../router.ts';
import { ObligationsPanel } from './obligations-panel.tsx';
import { ReportCreate } from './report-create.tsx';
import { DueReports } from './report-due.tsx';
import { ReportImport } from './report-import.tsx';
import { ReportStatusBadge } from './report-parts.tsx';

const isStatus = (s: string | null): s is ReportStatus => REPORT_STATUSES.some((x) => x === s);
const ENTER_ROLES = ['system_admin', 'unit_admin', 'reporter'];

export function ReportsPage({ me, query }: { me: Me; query: URLSearchParams }) {
  const { t, lang, pick } = useI18n();
  const [forms, setForms] = useState<ReportForm[] | null>(null);
  const [formId, setFormId] = useState(query.get('formId') ?? '');
  const [status, setStatus] = useState<ReportStatus | ''>(() => {
    const s = query.get('status');
    return isStatus(s) ? s : '';
  });
  const [items, setItems] = useState<Report[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const canEnter = me.roles.some((r) => ENTER_ROLES.includes(r.role));

  useEffect(() => {
    api.get<Items<ReportForm>>('/report-forms').then((r) => setForms(r.items), setError);
  }, [attempt]);

  useEffect(() => {
    replaceQuery('/reports', { formId, status });
    let live = true;
    api.get<Items<Report>>('/reports', { formId, status }).then(
      (r) => {
        if (!live) return;
        setItems(r.items);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [formId, status, attempt]);

  return (
    <section aria-labelledby="reports-title">
      <div className="title-row">
        <h1 id="reports-title">{t('reportsTitle')}</h1>
        <span className="actions">
          {isSystemAdmin(me) && (
            <a className="button secondary" href="#/report-forms" data-testid="report-forms-link">
              {t('formsTitle')}
            </a>
          )}
          <a className="button secondary" href="#/reports/summary" data-testid="reports-summary-link">
            {t('summaryLink')}
          </a>
        </span>
      </div>
      <DueReports />
      {canEnter && forms && forms.length > 0 && <ReportCreate me={me} forms={forms} />}
      {forms && <ObligationsPanel me={me} forms={forms} />}
      {canEnter && forms && forms.length > 0 && (
        <ReportImport forms={forms} onDone={() => setAttempt(attempt + 1)} />
      )}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <FormSelect
          forms={forms ?? []}
          value={formId === '' ? '' : Number(formId)}
          onChange={(id) => setFormId(String(id))}
          testId="reports-form"
          allLabel={t('allForms')}
          className="grow"
        />
        <Field label={t('status')}>
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : '')}
              data-testid="reports-status"
            >
              <option value="">{t('allStatuses')}</option>
              {REPORT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {pick(REPORT_STATUS_LABELS[s], s)}
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
        <p className="muted" data-testid="reports-empty">
          {t('noResults')}
        </p>
      ) : (
        <table className="stack" data-testid="reports-table">
          <thead>
            <tr>
              <th scope="col">{t('reportForm')}</th>
              <th scope="col">{t('reportUnit')}</th>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('dueDateReport')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr
                key={r.id}
                className="clickable"
                onClick={() => navigate(`/reports/${r.id}`)}
                data-testid="report-row"
                data-report-id={r.id}
              >
                <td data-label={t('reportForm')}>
                  <a href={`#/reports/${r.id}`} onClick={(e) => e.stopPropagation()}>
                    {r.formName}
                  </a>
                </td>
                <td data-label={t('reportUnit')}>{r.unitName}</td>
                <td data-label={t('period')}>{periodName(r.periodType, r.periodStart, lang)}</td>
                <td data-label={t('dueDateReport')}>
                  {formatDate(r.dueDate)} {r.late && <span className="badge overdue">{t('lateBadge')}</span>}
                </td>
                <td data-label={t('status')}>
                  <ReportStatusBadge status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
