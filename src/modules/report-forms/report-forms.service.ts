/** Report forms as users read them: any signed-in user may read the forms (they are not personal). */
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { CATEGORIES } from '../indicators/categories.ts';
import { ReportFormsRepository } from './report-forms.repository.ts';
import type { TReportForm, TReportFormDetail } from './report-forms.schema.ts';

type FormRow = NonNullable<Awaited<ReturnType<ReportFormsRepository['findById']>>>;

const sectionsOf = (v: unknown): TReportForm['sections'] =>
  Array.isArray(v) ? (v as TReportForm['sections']) : [];

export function presentForm(r: FormRow): TReportForm {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    periodType: r.period_type,
    sections: sectionsOf(r.sections),
    shipped: r.shipped,
    isActive: r.is_active,
  };
}

type RuleRow = Awaited<ReturnType<ReportFormsRepository['rules']>>[number];

/** A cross-field rule as the API and the validator read it. */
export function presentRule(r: RuleRow): TReportFormDetail['rules'][number] {
  return {
    left: r.left_code,
    leftCategory: r.left_category,
    operator: r.operator,
    right: r.right_code,
    rightCategory: r.right_category,
    message: r.message,
    messageEn: r.message_en,
  };
}

export class ReportFormsService {
  constructor(private readonly db: Database) {}

  async list(includeInactive = false): Promise<TReportForm[]> {
    return (await new ReportFormsRepository(this.db).list(includeInactive)).map(presentForm);
  }

  async get(id: number): Promise<TReportFormDetail> {
    const repo = new ReportFormsRepository(this.db);
    const form = await repo.findById(id);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    const [fields, rules] = await Promise.all([repo.fields(id), repo.rules(id)]);
    return {
      ...presentForm(form),
      fields: fields.map((f) => ({
        elementId: f.element_id,
        elementCode: f.code,
        name: f.name,
        nameEn: f.name_en,
        valueType: f.value_type,
        maxValue: f.max_value === null ? null : Number(f.max_value),
        categories: [...CATEGORIES[f.disaggregation]],
        group: f.group_title,
        required: f.required,
      })),
      rules: rules.map(presentRule),
    };
  }
}
