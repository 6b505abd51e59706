/**
 * The figures of a report: one table per group of fields, a row per field and a column per
 * category (total, female, male, age groups …) the form asks for; then the narrative sections.
 * Numbers are read and shown the user's way (src/core/numbers/number-text.ts: "1.250", "3,5" in
 * Vietnamese): either is accepted while typing, the box is rewritten as the summary shows it when
 * left. A box out of its value type's bounds, or no number, is marked with the message under it.
 */
import type { ReportDetail, ReportField, ReportFormDetail } from '../api/report-types.ts';
import { formatNumber, numberMessage, readNumber } from '../../../src/core/numbers/number-text.ts';
import { allowsDecimals, valueProblem } from '../../../src/core/numbers/value-bounds.ts';
import { useI18n, type Lang } from '../i18n.ts';
import { CATEGORY_LABELS } from '../labels.ts';
import { groupName } from '../content-labels.ts';

export type Values = Record<string, string>;
export const keyOf = (code: string, category: string) => `${code}|${category}`;

export function valuesOf(report: ReportDetail, lang: Lang): Values {
  return Object.fromEntries(
    report.values.map((v) => [keyOf(v.elementCode, v.category), formatNumber(v.value, lang)]),
  );
}

/** What is wrong with a box's text for the field, in the user's language; null: nothing. */
export function boxProblem(f: ReportField, raw: string, lang: Lang): string | null {
  const r = readNumber(raw, lang);
  if (r === null) return null;
  const at = lang === 'vi' ? 0 : 1;
  if (!r.ok) return numberMessage(r)[at];
  const p = valueProblem(f.valueType, r.value, f.maxValue);
  return p ? (lang === 'vi' ? p.vi : p.en) : null;
}

/** The boxes that are no number or out of their bounds, with why. */
export function badBoxes(form: ReportFormDetail, values: Values, lang: Lang): Record<string, string> {
  const bad: Record<string, string> = {};
  for (const f of form.fields)
    for (const c of f.categories) {
      const why = boxProblem(f, values[keyOf(f.elementCode, c)] ?? '', lang);
      if (why) bad[keyOf(f.elementCode, c)] = why;
    }
  return bad;
}

/** The figures to save: each box read the user's way (call after badBoxes found none). */
export function figuresOf(form: ReportFormDetail, values: Values, lang: Lang) {
  return form.fields.flatMap((f) =>
    f.categories.flatMap((c) => {
      const r = readNumber(values[keyOf(f.elementCode, c)] ?? '', lang);
      return r?.ok ? [{ elementCode: f.elementCode, category: c, value: r.value }] : [];
    }),
  );
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
  const { t, pick, lang } = useI18n();
  /** Left: the box as the summary writes it ("1250" → "1.250"); a wrong one is kept as typed. */
  const tidy = (key: string) => {
    const r = readNumber(values[key] ?? '', lang);
    if (r?.ok && !readOnly) onValue(key, formatNumber(r.value, lang));
  };
  return (
    <>
      {groups(form.fields).map(([group, fields], gi) => {
        const cats = Object.keys(CATEGORY_LABELS).filter((c) => fields.some((f) => f.categories.includes(c)));
        return (
          <section key={gi} className="card report-group" data-testid="report-group">
            {group && <h2>{groupName(group, lang)}</h2>}
            <div className="table-scroll">
              <table className="report-grid entry">
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
                          <td
                            key={c}
                            className={invalid[key] ? 'invalid' : undefined}
                            data-label={pick(CATEGORY_LABELS[c], c)}
                          >
                            <input
                              inputMode={allowsDecimals(f.valueType) ? 'decimal' : 'numeric'}
                              aria-label={label}
                              {...(invalid[key] ? { 'aria-invalid': true } : {})}
                              title={invalid[key]}
                              value={values[key] ?? ''}
                              readOnly={readOnly}
                              onChange={(e) => onValue(key, e.target.value)}
                              onBlur={() => tidy(key)}
                              data-testid={`value-${f.elementCode}-${c}`}
                            />
                            {invalid[key] && (
                              <span className="field-error" data-testid={`value-error-${f.elementCode}-${c}`}>
                                {invalid[key]}
                              </span>
                            )}
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
