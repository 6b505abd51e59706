/**
 * The figures of a report: one table per group of fields, a row per field and a column per
 * category (total, female, male, age groups …) the form asks for; then the narrative sections.
 * Boxes a failed submission named are marked, with the message under the table.
 */
import type { ReportDetail, ReportField, ReportFormDetail } from '../api/report-types.ts';
import { useI18n } from '../i18n.ts';
import { CATEGORY_LABELS } from '../labels.ts';

export type Values = Record<string, string>;
export const keyOf = (code: string, category: string) => `${code}|${category}`;

export function valuesOf(report: ReportDetail): Values {
  return Object.fromEntries(report.values.map((v) => [keyOf(v.elementCode, v.category), String(v.value)]));
}

/** Boxes that are not a non-negative number (integer where the field counts). */
export function badBoxes(form: ReportFormDetail, values: Values): string[] {
  const bad: string[] = [];
  for (const f of form.fields)
    for (const c of f.categories) {
      const raw = values[keyOf(f.elementCode, c)]?.trim() ?? '';
      if (raw === '') continue;
      const n = Number(raw.replace(',', '.'));
      if (!Number.isFinite(n) || n < 0 || (f.valueType === 'integer' && !Number.isInteger(n)))
        bad.push(keyOf(f.elementCode, c));
    }
  return bad;
}

function groups(fields: ReportField[]): [string, ReportField[]][] {
  const out = new Map<string, ReportField[]>();
  for (const f of fields) out.set(f.group ?? '', [...(out.get(f.group ?? '') ?? []), f]);
  return [...out];
}

export function ReportEntry({
  form,
  values,
  narrative,
  invalid,
  readOnly,
  onValue,
  onNarrative,
  sources = {},
}: {
  form: ReportFormDetail;
  values: Values;
  narrative: Record<string, string>;
  invalid: Record<string, string>;
  readOnly: boolean;
  onValue: (key: string, value: string) => void;
  onNarrative: (key: string, value: string) => void;
  /** Boxes filled from recorded activities: the activities behind each. */
  sources?: Record<string, number[]>;
}) {
  const { t, pick } = useI18n();
  return (
    <>
      {groups(form.fields).map(([group, fields], gi) => {
        const cats = Object.keys(CATEGORY_LABELS).filter((c) => fields.some((f) => f.categories.includes(c)));
        return (
          <section key={gi} className="card report-group" data-testid="report-group">
            {group && <h2>{group}</h2>}
            <div className="table-scroll">
              <table className="report-grid">
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
                  {fields.map((f) => (
                    <tr key={f.elementCode} data-testid="report-field" data-code={f.elementCode}>
                      <th scope="row">
                        {pick([f.name, f.nameEn], f.elementCode)}
                        {f.required && <span aria-hidden="true"> *</span>}
                      </th>
                      {cats.map((c) => {
                        const key = keyOf(f.elementCode, c);
                        if (!f.categories.includes(c)) return <td key={c} />;
                        const label = `${pick([f.name, f.nameEn], f.elementCode)} — ${pick(CATEGORY_LABELS[c], c)}`;
                        return (
                          <td key={c} className={invalid[key] ? 'invalid' : undefined}>
                            <input
                              inputMode={f.valueType === 'integer' ? 'numeric' : 'decimal'}
                              aria-label={label}
                              {...(invalid[key] ? { 'aria-invalid': true } : {})}
                              title={invalid[key]}
                              value={values[key] ?? ''}
                              readOnly={readOnly}
                              onChange={(e) => onValue(key, e.target.value)}
                              data-testid={`value-${f.elementCode}-${c}`}
                            />
                            {sources[key] && (
                              <a
                                className="source-link"
                                href={`#/activities?ids=${sources[key].join(',')}`}
                                data-testid={`source-${f.elementCode}-${c}`}
                              >
                                {t('fromActivitiesLink', { n: sources[key].length })}
                              </a>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <section className="card" aria-labelledby="narrative-title">
        <h2 id="narrative-title">{t('narrativeTitle')}</h2>
        {form.sections.map((s) => (
          <div className="field" key={s.key}>
            <label htmlFor={`narrative-${s.key}`}>{pick([s.title, s.titleEn], s.key)}</label>
            <textarea
              id={`narrative-${s.key}`}
              rows={4}
              value={narrative[s.key] ?? ''}
              readOnly={readOnly}
              onChange={(e) => onNarrative(s.key, e.target.value)}
              data-testid={`narrative-${s.key}`}
            />
          </div>
        ))}
      </section>
    </>
  );
}
