/**
 * Progress against the targets: every indicator of a programme for a unit and year — value from the
 * approved reports, the target it is judged by, met or not (with how many of the units expected to
 * report did: no verdict below COVERAGE_MIN_PERCENT) — with a drill-down by year and by lower
 * unit (on the map of the 34 provinces for the whole country).
 */
import { thisYear } from '../clock.ts';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { IndicatorRow, IndicatorValues, Programme } from '../api/indicator-types.ts';
import type { Items, Me, UnitListItem } from '../api/types.ts';
import { Loading, PageError } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { isSystemAdmin } from '../components/Layout.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { targetLabel } from '../content-labels.ts';
import { formatValue, progress } from '../indicator-format.ts';
import { useI18n } from '../i18n.ts';
import { replaceQuery } from '../router.ts';
import { COVERAGE_MIN_PERCENT } from '../../../src/modules/indicators/coverage-threshold.ts';
import { IndicatorDrill } from './indicator-drill.tsx';
import { StatusBadge } from './indicator-status.tsx';

function startUnit(me: Me, query: URLSearchParams): PickedUnit | null {
  const id = Number(query.get('unitId'));
  if (id) return { id, label: query.get('unitName') ?? String(id) };
  const r = me.roles.find((x) => x.unitId !== null);
  return r?.unitId ? { id: r.unitId, label: r.unitName ?? '' } : null;
}

export function DashboardPage({ me, query }: { me: Me; query: URLSearchParams }) {
  const { t, pick, lang } = useI18n();
  const [programmes, setProgrammes] = useState<Programme[]>([]);
  const [programme, setProgramme] = useState(query.get('programme') ?? 'NSGE');
  const THIS_YEAR = thisYear();
  const YEARS = Array.from({ length: THIS_YEAR - 2020 }, (_, i) => THIS_YEAR - i);
  const [year, setYear] = useState(Number(query.get('year')) || THIS_YEAR);
  const [unit, setUnit] = useState<PickedUnit | null>(() => startUnit(me, query));
  const [data, setData] = useState<IndicatorValues | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<IndicatorRow | null>(null);
  const [edits, setEdits] = useState(0);
  const [provinces, setProvinces] = useState<UnitListItem[]>([]);

  useEffect(() => {
    api.get<Items<Programme>>('/programmes').then((r) => setProgrammes(r.items), setError);
    api.get<Items<UnitListItem>>('/units', { version: '2025', level: 'province', limit: 200 }).then(
      (r) => setProvinces(r.items),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    replaceQuery('/indicators', {
      programme,
      year: String(year),
      unitId: unit ? String(unit.id) : '',
      unitName: unit?.label ?? '',
    });
    let live = true;
    api.get<IndicatorValues>('/indicators/values', { programme, year, unitId: unit?.id }).then(
      (r) => {
        if (!live) return;
        setData(r);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [programme, year, unit, edits]);

  const count = (s: string) => data?.items.filter((i) => i.status === s).length ?? 0;
  const codes = new Map(provinces.map((p) => [p.id, p.code]));
  const pickProvince = (code: string) => {
    const p = provinces.find((x) => x.code === code);
    if (p) setUnit({ id: p.id, label: p.fullName });
  };

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboardTitle')}</h1>
      <p className="muted">{t('dashboardIntro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('programme')} className="grow">
          {(p) => (
            <select
              {...p}
              value={programme}
              onChange={(e) => setProgramme(e.target.value)}
              data-testid="dashboard-programme"
            >
              {programmes.map((x) => (
                <option key={x.code} value={x.code}>
                  {pick([x.name, x.nameEn], x.code)} ({x.documentNumber})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('year')}>
          {(p) => (
            <select
              {...p}
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
              data-testid="dashboard-year"
            >
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <UnitPicker
          label={t('dashboardUnit')}
          hint={t('dashboardUnitHint')}
          value={unit}
          onChange={setUnit}
          testId="dashboard-unit"
        />
      </form>
      {error ? (
        <PageError error={error} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p className="notice" data-testid="dashboard-counts">
            <strong>{data.unitName}</strong> — {year}.{' '}
            {t('statusCounts', { met: count('met'), notMet: count('not_met'), noData: count('no_data') })}
            {count('insufficient') > 0 &&
              ` ${t('insufficientCount', { n: count('insufficient'), min: COVERAGE_MIN_PERCENT })}`}
          </p>
          {open && (
            <IndicatorDrill
              key={`${open.indicatorId}-${year}-${unit?.id ?? 0}`}
              row={open}
              year={year}
              unitId={unit?.id ?? null}
              provinceCodes={codes}
              onPickProvince={pickProvince}
              onClose={() => setOpen(null)}
              canEdit={isSystemAdmin(me)}
              onEdited={() => setEdits((n) => n + 1)}
            />
          )}
          <table className="stack indicators" data-testid="dashboard-table">
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('target')}</th>
                <th scope="col">{t('progressCol')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => {
                const share = progress(i.value, i.target?.value ?? null, i.direction);
                return (
                  <tr
                    key={i.indicatorId}
                    data-testid="indicator-row"
                    data-code={i.code}
                    data-status={i.status}
                  >
                    <td data-label={t('indicator')}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setOpen(i)}
                        data-testid="indicator-open"
                      >
                        {i.code}. {pick([i.name, i.nameEn], i.name)}
                      </button>
                      {i.unconfirmed && (
                        <span className="badge unmatched" title={t('unconfirmedHint')}>
                          {t('unconfirmedBadge')}
                        </span>
                      )}
                    </td>
                    <td data-label={t('value')} className="num" data-testid="indicator-value">
                      {i.suppressed ? t('valueHidden') : formatValue(i.value, i.unit)}
                      {i.numerator !== null && i.denominator !== null && (
                        <span className="muted small-text">
                          {' '}
                          ({t('ofWhich', { num: i.numerator, den: i.denominator })})
                        </span>
                      )}
                    </td>
                    <td data-label={t('target')}>
                      {i.target ? `${targetLabel(i.target.label, lang)} (${i.target.year})` : '—'}
                    </td>
                    <td data-label={t('progressCol')}>
                      {share !== null && (
                        <meter min={0} max={1} value={share} aria-label={`${Math.round(share * 100)}%`} />
                      )}
                    </td>
                    <td data-label={t('status')}>
                      <StatusBadge status={i.status} coverage={i.coverage} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
