/**
 * SQL that writes a report form's content — the form row, its fields bound to data elements and its
 * cross-field rules — for the shipped seed and for administrators' forms alike. The caller holds
 * the transaction.
 */
import type { ValueType } from '../../core/numbers/value-bounds.ts';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { PeriodType } from '../../core/db/schema.ts';

export interface FormContent {
  code: string;
  name: string;
  nameEn: string;
  periodType: PeriodType;
  sections: { key: string; title: string; titleEn: string }[];
  fields: { elementId: number; group: string | null; required: boolean }[];
  rules: {
    leftId: number;
    leftCategory: string;
    operator: '<=' | '=' | '>=';
    rightId: number;
    rightCategory: string;
    message: string;
    messageEn: string;
  }[];
}

export class FormContentRepository {
  constructor(private readonly db: Database) {}

  /** Inserts a form unless its code exists; its id, or undefined when the code was taken. */
  async insert(
    c: FormContent,
    o: { shipped: boolean; createdBy: number | null },
  ): Promise<number | undefined> {
    const row = await this.db
      .insertInto('report_form')
      .values({
        code: c.code,
        name: c.name,
        name_en: c.nameEn,
        period_type: c.periodType,
        sections: JSON.stringify(c.sections),
        shipped: o.shipped,
        created_by: o.createdBy,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return undefined;
    await this.writeParts(row.id, c);
    return row.id;
  }

  /** Replaces the wording, sections, fields and rules of a form (its code and period stay). */
  async replace(id: number, c: FormContent): Promise<void> {
    await this.db
      .updateTable('report_form')
      .set({ name: c.name, name_en: c.nameEn, sections: JSON.stringify(c.sections), updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    await this.db.deleteFrom('report_form_rule').where('form_id', '=', id).execute();
    await this.db.deleteFrom('report_form_field').where('form_id', '=', id).execute();
    await this.writeParts(id, c);
  }

  async setActive(id: number, active: boolean): Promise<void> {
    await this.db
      .updateTable('report_form')
      .set({ is_active: active, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  }

  private async writeParts(formId: number, c: FormContent): Promise<void> {
    if (c.fields.length > 0)
      await this.db
        .insertInto('report_form_field')
        .values(
          c.fields.map((f, i) => ({
            form_id: formId,
            data_element_id: f.elementId,
            position: i + 1,
            group_title: f.group,
            required: f.required,
          })),
        )
        .execute();
    if (c.rules.length > 0)
      await this.db
        .insertInto('report_form_rule')
        .values(
          c.rules.map((r) => ({
            form_id: formId,
            left_element_id: r.leftId,
            left_category: r.leftCategory,
            operator: r.operator,
            right_element_id: r.rightId,
            right_category: r.rightCategory,
            message: r.message,
            message_en: r.messageEn,
          })),
        )
        .execute();
  }

  /** Data elements with values in this form's reports (they may not leave the form). */
  async elementsInUse(formId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('data_value as v')
      .innerJoin('report as r', 'r.id', 'v.report_id')
      .select('v.data_element_id')
      .distinct()
      .where('r.form_id', '=', formId)
      .execute();
    return rows.map((r) => r.data_element_id);
  }

  /** Elements already on another active form of the same period type (they would count twice). */
  async elementsOnOtherForms(periodType: PeriodType, exceptFormId: number | null) {
    let q = this.db
      .selectFrom('report_form_field as f')
      .innerJoin('report_form as r', 'r.id', 'f.form_id')
      .select(['f.data_element_id', 'r.code'])
      .where('r.period_type', '=', periodType)
      .where('r.is_active', '=', true);
    if (exceptFormId !== null) q = q.where('r.id', '<>', exceptFormId);
    return q.execute();
  }

  elements() {
    return this.db
      .selectFrom('data_element')
      .select(['id', 'code', 'name', 'name_en', 'disaggregation', 'value_type', 'is_active'])
      .orderBy('code')
      .execute();
  }

  async insertElement(e: {
    code: string;
    name: string;
    nameEn: string;
    description: string | null;
    disaggregation: 'none' | 'sex' | 'sex_age' | 'sex_ethnicity';
    valueType: ValueType;
  }): Promise<number | undefined> {
    const row = await this.db
      .insertInto('data_element')
      .values({
        code: e.code,
        name: e.name,
        name_en: e.nameEn,
        description: e.description,
        disaggregation: e.disaggregation,
        value_type: e.valueType,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  }

  hasReports(formId: number) {
    return this.db
      .selectFrom('report')
      .select('id')
      .where('form_id', '=', formId)
      .limit(1)
      .executeTakeFirst();
  }
}
