/**
 * One indicator in depth: its value year by year for the unit, and its value for each lower unit
 * (a province's communes; the provinces of the country, also on the map).
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type {
  IndicatorByUnit,
  IndicatorRow,
  IndicatorSeries,
  IndicatorValue,
} from '../api/indicator-types.ts';
import { Bars } from '../components/Bars.tsx';
import { Loading, PageError } from '../components/Feedback.tsx';
import { ProvinceMap } from '../components/ProvinceMap.tsx';
import { formatValue } from '../indicator-format.ts';
import { useI18n } from '../i18n.ts';
import { IndicatorAbout } from './indicator-edit.tsx';
import { useStatusText } from './indicator-status.tsx';

export function IndicatorDrill({
  row,
  year,
  unitId,
  provinceCodes,
  onPickProvince,
  onClose,
  canEdit,
  onEdited,
}: {
  row: IndicatorRow;
  year: number;
  unitId: number | null;
  /** Province id → code, for the map. */
  provinceCodes: Map<number, string>;
  onPickProvince: (code: string) => void;
  onClose: () => void;
  /** A system administrator may correct the wording, flags and targets. */
  canEdit: boolean;
  onEdited: () => void;
}) {
  const { t, pick } = useI18n();
  const statusText = useStatusText();
  // Its status with coverage wherever a bar or the map shows a verdict by colour.
  const note = (v: IndicatorValue) => (v.value === null ? undefined : statusText(v.status, v.coverage));
  const [series, setSeries] = useState<IndicatorSeries | null>(null);
  const [byUnit, setByUnit] = useState<IndicatorByUnit | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      api.get<IndicatorSeries>(`/indicators/${row.indicatorId}/series`, { from: 2021, to: year, unitId }),
      api.get<IndicatorByUnit>(`/indicators/${row.indicatorId}/by-unit`, { year, unitId }),
    ]).then(
      ([s, b]) => {
        if (!live) return;
        setSeries(s);
        setByUnit(b);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [row.indicatorId, year, unitId]);

  const lower = (byUnit?.items ?? []).filter((i) => i.value !== null);
  const mapValues = new Map(
    (byUnit?.items ?? []).flatMap((i) => {
      const code = provinceCodes.get(i.unitId);
      const label = [formatValue(i.value, row.unit), note(i)].filter(Boolean).join(' · ');
      return code ? [[code, { label, status: i.status }] as const] : [];
    }),
  );
  return (
    <section className="card drill" aria-labelledby="drill-title" data-testid="indicator-drill">
      <div className="title-row">
        <h2 id="drill-title">
          {row.code}. {pick([row.name, row.nameEn], row.name)}
        </h2>
        <button type="button" className="secondary small" onClick={onClose} data-testid="drill-close">
          {t('close')}
        </button>
      </div>
      <IndicatorAbout indicatorId={row.indicatorId} canEdit={canEdit} onEdited={onEdited} />
      {error ? (
        <PageError error={error} />
      ) : !series || !byUnit ? (
        <Loading />
      ) : (
        <div className="two">
          <div>
            <h3>
              {t('seriesTitle')} — {series.unitName}
            </h3>
            <Bars
              testId="drill-series"
              target={row.target?.value ?? null}
              bars={series.points.map((p) => ({
                key: p.year,
                label: String(p.year),
                value: p.value,
                text: formatValue(p.value, row.unit),
                note: note(p),
                status: p.status,
              }))}
            />
          </div>
          <div>
            <h3>{t('byUnitTitle')}</h3>
            {unitId === null && <ProvinceMap values={mapValues} onPick={onPickProvince} />}
            {lower.length === 0 ? (
              <p className="muted">{t('noLowerData')}</p>
            ) : (
              <Bars
                testId="drill-units"
                target={byUnit.target?.value ?? null}
                bars={lower.map((i) => ({
                  key: i.unitId,
                  label: i.unitName,
                  value: i.value,
                  text: formatValue(i.value, row.unit),
                  note: note(i),
                  status: i.status,
                }))}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
