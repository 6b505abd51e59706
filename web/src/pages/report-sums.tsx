/** Approved figures summed over the lower units: a row per field, a column per category. */
import type { ReportFormDetail, ReportSummary } from '../api/report-types.ts';
import { formatNumber } from '../../../src/core/numbers/number-text.ts';
import { useI18n } from '../i18n.ts';
import { CATEGORY_LABELS } from '../labels.ts';

export function SummarySums({ form, sums }: { form: ReportFormDetail; sums: ReportSummary['sums'] }) {
  const { t, pick, lang } = useI18n();
  const byKey = new Map(sums.map((s) => [`${s.elementCode}|${s.category}`, s]));
  const cats = Object.keys(CATEGORY_LABELS).filter((c) => sums.some((s) => s.category === c));
  return (
    <section className="card" aria-labelledby="sums-title">
      <h2 id="sums-title">{t('sumsTitle')}</h2>
      {sums.length === 0 ? (
        <p className="muted" data-testid="sums-empty">
          {t('sumsEmpty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="report-grid" data-testid="summary-sums">
            <thead>
              <tr>
                <th scope="col">{t('indicatorCol')}</th>
                {cats.map((c) => (
                  <th key={c} scope="col">
                    {pick(CATEGORY_LABELS[c], c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {form.fields
                .filter((f) => cats.some((c) => byKey.has(`${f.elementCode}|${c}`)))
                .map((f) => (
                  <tr key={f.elementCode} data-testid="sum-row" data-code={f.elementCode}>
                    <th scope="row">{pick([f.name, f.nameEn], f.elementCode)}</th>
                    {cats.map((c) => {
                      const v = byKey.get(`${f.elementCode}|${c}`);
                      return (
                        <td key={c} className="num" data-testid={`sum-${f.elementCode}-${c}`}>
                          {v === undefined
                            ? ''
                            : v.suppressed || v.value === null
                              ? t('valueHidden')
                              : formatNumber(v.value, lang)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
