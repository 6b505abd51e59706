/** SQL for report forms: the forms, their fields (with the data elements they are bound to) and rules. */
import type { Database } from '../../core/db/database.ts';

export class ReportFormsRepository {
  constructor(private readonly db: Database) {}

  list(includeInactive = false) {
    let q = this.db.selectFrom('report_form').selectAll();
    if (!includeInactive) q = q.where('is_active', '=', true);
    return q.orderBy('period_type').orderBy('code').execute();
  }

  findById(id: number) {
    return this.db.selectFrom('report_form').selectAll().where('id', '=', id).executeTakeFirst();
  }

  fields(formId: number) {
    return this.db
      .selectFrom('report_form_field as f')
      .innerJoin('data_element as e', 'e.id', 'f.data_element_id')
      .select([
        'e.id as element_id',
        'e.code',
        'e.name',
        'e.name_en',
        'e.value_type',
        'e.max_value',
        'e.disaggregation',
        'f.group_title',
        'f.required',
        'f.position',
      ])
      .where('f.form_id', '=', formId)
      .orderBy('f.position')
      .execute();
  }

  rules(formId: number) {
    return this.db
      .selectFrom('report_form_rule as r')
      .innerJoin('data_element as l', 'l.id', 'r.left_element_id')
      .innerJoin('data_element as g', 'g.id', 'r.right_element_id')
      .select([
        'l.code as left_code',
        'r.left_category',
        'r.operator',
        'g.code as right_code',
        'r.right_category',
        'r.message',
        'r.message_en',
      ])
      .where('r.form_id', '=', formId)
      .orderBy('r.id')
      .execute();
  }
}
