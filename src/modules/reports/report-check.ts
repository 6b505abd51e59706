/**
 * The checks a report must pass to be submitted: required figures, value types, and the form's
 * rules (parts ≤ total…), naming every problem. A form's fields and rules are read once per
 * version of the form and kept in memory: on deadline day every commune submits the same form,
 * and re-reading them on each submission was a third of the queries. The cache key is the form's
 * `updated_at`, which every change of its fields or rules moves in the same transaction
 * (`FormContentRepository.replace`; data elements themselves are never updated), and which the
 * report row is read with — so another instance's edit is seen at the next submission.
 */
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { ReportFormsRepository } from '../report-forms/report-forms.repository.ts';
import { presentRule } from '../report-forms/report-forms.service.ts';
import { valueProblem, type ValueType } from '../../core/numbers/value-bounds.ts';
import type { ErrorDetail } from '../../core/errors/app-error.ts';
import { CATEGORY_LABELS } from '../indicators/categories.ts';
import { validateReport, valueKey, type FieldSpec, type RuleSpec } from './report-validation.ts';

interface FormChecks {
  fields: FieldSpec[];
  rules: RuleSpec[];
}

const MAX_FORMS = 100;
const cache = new Map<string, FormChecks>();

async function formChecks(db: Database, formId: number, formUpdatedAt: Date): Promise<FormChecks> {
  const key = `${formId}|${new Date(formUpdatedAt).getTime()}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const forms = new ReportFormsRepository(db);
  const [fields, rules] = await Promise.all([forms.fields(formId), forms.rules(formId)]);
  const checks: FormChecks = {
    fields: fields.map((f) => ({
      elementCode: f.code,
      name: f.name,
      nameEn: f.name_en,
      valueType: f.value_type,
      maxValue: f.max_value === null ? null : Number(f.max_value),
      disaggregation: f.disaggregation,
      required: f.required,
    })),
    rules: rules.map(presentRule),
  };
  for (const k of cache.keys()) if (k.startsWith(`${formId}|`)) cache.delete(k); // an older version
  if (cache.size >= MAX_FORMS) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, checks);
  return checks;
}

/** Refuses a submission whose numbers break the form's checks (REPORT_INVALID, one detail a problem). */
export async function checkReport(
  db: Database,
  report: { form_id: number; form_updated_at: Date },
  values: { code: string; category: string; value: unknown }[],
): Promise<void> {
  const { fields, rules } = await formChecks(db, report.form_id, report.form_updated_at);
  const problems = validateReport(
    fields,
    rules,
    new Map(values.map((v) => [valueKey(v.code, v.category), Number(v.value)])),
  );
  if (problems.length > 0)
    throw new AppError(
      'REPORT_INVALID',
      problems.map((p) => ({
        path: `values.${p.elementCode}|${p.category}`,
        message: p.message,
        messageEn: p.messageEn,
      })),
    );
}

/**
 * A figure outside its value type's bounds (src/core/numbers/value-bounds.ts), as an error detail
 * at `path` naming the field ("Số cuộc truyền thông — Tổng số: 999.999.999 vượt quá mức tối đa
 * 10.000.000."); null when the figure is within them. Used on save (VALUE_OUT_OF_RANGE) and import.
 */
export function boundsDetail(
  field: { name: string; name_en?: string; value_type: ValueType; max_value: string | null },
  category: string,
  value: number,
  path: string,
): ErrorDetail | null {
  const p = valueProblem(field.value_type, value, field.max_value === null ? null : Number(field.max_value));
  const [vi, en] = CATEGORY_LABELS[category] ?? [category, category];
  return p
    ? {
        path,
        message: `${field.name} — ${vi}: ${p.vi}`,
        messageEn: `${field.name_en ?? field.name} — ${en}: ${p.en}`,
      }
    : null;
}
