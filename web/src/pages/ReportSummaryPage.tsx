/**
 * What a receiving unit sees for a form and period: which lower units have reported, approved and
 * on time (completeness, timeliness), and their approved figures summed — fresh on every load, as
 * approval counts the figures in its own transaction.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { ReportForm, ReportFormDetail, ReportSummary } from '../api/report-types.ts';
import type { Items, Me } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { FormSelect } from '../components/FormSelect.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { formatDate, todayIso } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { lastFinished, periodChoices, periodName } from '../report-periods.ts';
import { replaceQuery } from '../router.ts';
import { ReportStatusBadge } from './report-parts.tsx';
import { ReportDownloads } from './report-downloads.tsx';
import { SummarySums } from './report-sums.tsx';

function firstUnit(me: Me): PickedUnit | null {
  const r = me.roles.find((x) => x.unitId !== null);
  return r?.unitId ? { id: r.unitId, label: r.unitName ?? '' } : null;
}

export function ReportSummaryPage({ me, query }: { me: Me; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const [forms, setForms] = useState<ReportForm[] | null>(null);
  const [formId, setFormId] = useState(Number(query.get('formId')) || 0);
  const [period, setPeriod] = useState(query.get('periodStart') ?? '');
  const [unit, setUnit] = useState<PickedUnit | null>(() => {
    const id = Number(query.get('unitId'));
    return id ? { id, label: query.get('unitName') ?? String(id) } : firstUnit(me);
  });
  const [detail, setDetail] = useState<ReportFormDetail | null>(null);
  const [summary, setSummary] = useState<ReportSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [onlyStarted, setOnlyStarted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = forms?.find((f) => f.id === formId) ?? forms?.[0];

  useEffect(() => {
    api.get<Items<ReportForm>>('/report-forms').then((r) => setForms(r.items), setError);
  }, []);

  const periodStart = form ? period || lastFinished(form.periodType, todayIso()) : '';
  useEffect(() => {
    if (!form) return;
    replaceQuery('/reports/summary', {
      formId: String(form.id),
      periodStart,
      unitId: unit ? String(unit.id) : '',
      unitName: unit?.label ?? '',
    });
    let live = true;
    setSummary(null);
    Promise.all([
      api.get<{ form: ReportFormDetail }>(`/report-forms/${form.id}`),
      api.get<ReportSummary>('/reports/summary', { formId: form.id, periodStart, unitId: unit?.id }),
    ]).then(
      ([f, s]) => {
        if (!live) return;
        setDetail(f.form);
        setSummary(s);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [form, periodStart, unit, attempt]);

  if (!forms) return error ? <PageError error={error} /> : <Loading />;
  const units = (summary?.units ?? []).filter(
    (u) => !onlyStarted || u.status !== null || (u.progress?.submitted ?? 0) > 0,
  );
  return (
    <section aria-labelledby="summary-title">
      <p className="crumbs">
        <a href="#/reports">{t('reportsTitle')}</a>
      </p>
      <h1 id="summary-title">{t('summaryTitle')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <FormSelect
          forms={forms}
          value={form?.id ?? ''}
          onChange={(id) => {
            setFormId(Number(id));
            setPeriod('');
          }}
          testId="summary-form"
          className="grow"
        />
        {form && (
          <Field label={t('period')}>
            {(p) => (
              <select
                {...p}
                value={periodStart}
                onChange={(e) => setPeriod(e.target.value)}
                data-testid="summary-period"
              >
                {periodChoices(form.periodType, todayIso()).map((c) => (
                  <option key={c} value={c}>
                    {periodName(form.periodType, c, lang)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <UnitPicker
          label={t('summaryUnit')}
          hint={t('summaryUnitHint')}
          value={unit}
          onChange={setUnit}
          testId="summary-unit"
        />
      </form>
      {error ? (
        <PageError error={error} onRetry={() => setAttempt(attempt + 1)} />
      ) : !summary || !detail ? (
        <Loading />
      ) : (
        <>
          <p className="notice" data-testid="summary-completeness">
            <strong>{summary.unitName}</strong> — {periodName(detail.periodType, periodStart, lang)}.{' '}
            {t('completeness', {
              submitted: summary.totals.submitted,
              expected: summary.totals.expected,
              approved: summary.totals.approved,
              onTime: summary.totals.onTime,
            })}
          </p>
          <ReportDownloads formId={detail.id} periodStart={periodStart} unitId={unit?.id ?? null} />
          <SummarySums form={detail} sums={summary.sums} />
          <section className="card" aria-labelledby="lower-title">
            <h2 id="lower-title">{t('lowerUnits')}</h2>
            <label className="field check">
              <input
                type="checkbox"
                checked={onlyStarted}
                onChange={(e) => setOnlyStarted(e.target.checked)}
                data-testid="summary-only-started"
              />{' '}
              {t('onlyWithReport')}
            </label>
            <table className="stack" data-testid="summary-units">
              <thead>
                <tr>
                  <th scope="col">{t('reportUnit')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('dueDateReport')}</th>
                  <th scope="col">{t('timeliness')}</th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr key={u.unitId} data-testid="summary-unit-row" data-status={u.status ?? 'none'}>
                    <td data-label={t('reportUnit')}>
                      {u.reportId ? <a href={`#/reports/${u.reportId}`}>{u.unitName}</a> : u.unitName}
                    </td>
                    <td data-label={t('status')}>
                      {u.progress ? (
                        t('provinceProgress', u.progress)
                      ) : u.status ? (
                        <ReportStatusBadge status={u.status} />
                      ) : (
                        <span className="muted">{t('noReport')}</span>
                      )}
                    </td>
                    <td data-label={t('dueDateReport')}>{formatDate(u.dueDate)}</td>
                    <td data-label={t('timeliness')}>{u.timeliness ? t(`tl_${u.timeliness}`) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
}
