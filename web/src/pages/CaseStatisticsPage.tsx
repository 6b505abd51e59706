/** Anonymous statistics of consented cases for a unit and period; small counts hidden below the province. */
import { thisYear } from '../clock.ts';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CaseStatistics } from '../api/case-types.ts';
import type { Me } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { AGE_LABELS, DV_ACT_LABELS, GBV_TYPE_LABELS, SEX_LABELS } from '../case-labels.ts';
import { formatDate, parseDate } from '../format.ts';
import { useI18n, type Pair } from '../i18n.ts';

export function CaseStatisticsPage({ me }: { me: Me }) {
  const { t, pick } = useI18n();
  const first = me.roles.find((r) => r.unitId !== null);
  const [unit, setUnit] = useState<PickedUnit | null>(
    first?.unitId ? { id: first.unitId, label: first.unitName ?? '' } : null,
  );
  const YEAR = thisYear();
  const [from, setFrom] = useState(formatDate(`${YEAR}-01-01`));
  const [to, setTo] = useState(formatDate(`${YEAR}-12-31`));
  const [stats, setStats] = useState<CaseStatistics | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const f = parseDate(from);
    const tt = parseDate(to);
    if (!f || !tt) return;
    api.get<CaseStatistics>('/cases/statistics', { unitId: unit?.id, from: f, to: tt }).then((r) => {
      setStats(r);
      setError(null);
    }, setError);
  }, [unit, from, to]);

  const n = (v: number | null) => (v === null ? t('hiddenSmall') : String(v));
  const list = (
    title: string,
    rows: { key: string; count: number | null }[],
    labels: Record<string, Pair>,
    testId: string,
  ) => (
    <section className="card">
      <h2>{title}</h2>
      <table data-testid={testId}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{pick(labels[r.key], r.key)}</th>
              <td className="num">{n(r.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  return (
    <section aria-labelledby="stats-title">
      <p className="crumbs">
        <a href="#/cases">{t('casesTitle')}</a>
      </p>
      <h1 id="stats-title">{t('statsTitle')}</h1>
      <p className="muted">{t('statsIntro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <UnitPicker label={t('unit')} value={unit} onChange={setUnit} testId="stats-unit" />
        <Field label={t('from')} className="date">
          {(p) => <DateInput control={p} value={from} onChange={setFrom} testId="stats-from" />}
        </Field>
        <Field label={t('to')} className="date">
          {(p) => <DateInput control={p} value={to} onChange={setTo} testId="stats-to" />}
        </Field>
      </form>
      {error ? (
        <PageError error={error} />
      ) : !stats ? (
        <Loading />
      ) : (
        <>
          <p className="notice" data-testid="stats-summary">
            <strong>{stats.unitName}</strong>: {t('totalCases')}{' '}
            <span data-testid="stats-total">{n(stats.total)}</span>; {t('reached')} {n(stats.reachedService)}.{' '}
            {stats.reachedServicePercent !== null && (
              <strong data-testid="stats-target">
                {t('target32', { value: `${stats.reachedServicePercent}%` })}
              </strong>
            )}
          </p>
          <div className="two">
            {list(t('byType'), stats.byType, GBV_TYPE_LABELS, 'stats-type')}
            {list(t('byDvAct'), stats.byDvAct, DV_ACT_LABELS, 'stats-dv-act')}
            {list(t('bySex'), stats.bySex, SEX_LABELS, 'stats-sex')}
            {list(t('byAge'), stats.byAgeGroup, AGE_LABELS, 'stats-age')}
            {list(
              t('byUnitCol'),
              stats.byUnit.map((u) => ({ key: u.unitName, count: u.count })),
              {},
              'stats-unit-list',
            )}
          </div>
        </>
      )}
    </section>
  );
}
