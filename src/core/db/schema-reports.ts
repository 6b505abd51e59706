/** Kysely table types of the indicator catalogue and periodic reports (migrations 0005, 0006, 0016). */
import type { ColumnType, Generated } from 'kysely';
import type { ValueType } from '../numbers/value-bounds.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | null | undefined, string | null>;

export type PeriodType = 'monthly' | 'quarterly' | 'semiannual' | 'annual';

export interface ProgrammeTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string;
  document_kind: string;
  document_number: string;
  issued_on: DateOnly | null;
  start_year: number;
  end_year: number;
  source: string | null;
  position: Generated<number>;
}

export interface ObjectiveTable {
  id: Generated<number>;
  programme_id: number;
  code: string;
  name: string;
  name_en: string;
  position: Generated<number>;
}

export interface DataElementTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string;
  description: string | null;
  value_type: ColumnType<ValueType, ValueType | undefined, ValueType>;
  /** numeric: read as a string; null: the value type's maximum (src/core/numbers/value-bounds.ts) */
  max_value: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  disaggregation: ColumnType<
    'none' | 'sex' | 'sex_age' | 'sex_ethnicity',
    'none' | 'sex' | 'sex_age' | 'sex_ethnicity' | undefined,
    'none' | 'sex' | 'sex_age' | 'sex_ethnicity'
  >;
  aggregation: ColumnType<'sum' | 'none', 'sum' | 'none' | undefined, 'sum' | 'none'>;
  is_active: Generated<boolean>;
  created_at: Timestamp;
}

export type IndicatorUnit = 'percent' | 'ratio' | 'count' | 'multiple' | 'milestone';

export interface IndicatorTable {
  id: Generated<number>;
  code: string;
  programme_id: number;
  objective_id: number | null;
  name: string;
  name_en: string;
  definition: string | null;
  unit: IndicatorUnit;
  numerator_element_id: number | null;
  denominator_element_id: number | null;
  numerator_category: Generated<string>;
  denominator_category: Generated<string>;
  /** numeric: read as a string */
  multiplier: ColumnType<string, string | number | undefined, string | number>;
  direction: ColumnType<
    'up' | 'down' | 'reach',
    'up' | 'down' | 'reach' | undefined,
    'up' | 'down' | 'reach'
  >;
  period_type: ColumnType<PeriodType | 'term', PeriodType | 'term' | undefined, PeriodType | 'term'>;
  disaggregations: ColumnType<string[], string[] | undefined, string[]>;
  unconfirmed: Generated<boolean>;
  note: string | null;
  source: string | null;
  position: Generated<number>;
  updated_at: Timestamp;
}

export type TargetComparator = '>=' | '<=' | '>' | '<' | '=' | '~';

export interface IndicatorTargetTable {
  id: Generated<number>;
  indicator_id: number;
  unit_id: number | null;
  year: number;
  comparator: ColumnType<TargetComparator, TargetComparator | undefined, TargetComparator>;
  /** numeric: read as a string */
  value: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  label: string;
  unconfirmed: Generated<boolean>;
  updated_at: Timestamp;
}

export interface ReportFormTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string;
  period_type: PeriodType;
  sections: ColumnType<unknown, string | undefined, string>;
  shipped: Generated<boolean>;
  is_active: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportFormFieldTable {
  form_id: number;
  data_element_id: number;
  position: number;
  group_title: string | null;
  required: Generated<boolean>;
}

export interface ReportFormRuleTable {
  id: Generated<number>;
  form_id: number;
  left_element_id: number;
  left_category: Generated<string>;
  operator: '<=' | '=' | '>=';
  right_element_id: number;
  right_category: Generated<string>;
  message: string;
  message_en: string;
}

export interface ReportingObligationTable {
  id: Generated<number>;
  form_id: number;
  unit_id: number;
  province_id: number | null;
  reporter_level: 'province' | 'commune';
  title: string;
  frequency: 'once' | PeriodType;
  due_days: string[];
  starts_on: DateOnly;
  ends_on: DateOnly | null;
  remind_days: Generated<number>;
  plan_id: number | null;
  source_text: string | null;
  is_active: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
}

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved';

export interface ReportTable {
  id: Generated<number>;
  form_id: number;
  obligation_id: number | null;
  unit_id: number;
  province_id: number;
  period_type: PeriodType;
  period_start: DateOnly;
  period_end: DateOnly;
  due_date: DateOnly | null;
  status: ColumnType<ReportStatus, ReportStatus | undefined, ReportStatus>;
  narrative: ColumnType<unknown, string | undefined, string>;
  submitted_at: Timestamp | null;
  submitted_by: number | null;
  decided_at: Timestamp | null;
  decided_by: number | null;
  return_reason: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportEventTable {
  id: Generated<number>;
  report_id: number;
  province_id: number;
  at: Timestamp;
  actor_id: number | null;
  action: 'create' | 'save' | 'submit' | 'return' | 'approve' | 'reopen' | 'import';
  reason: string | null;
}

export interface DataValueTable {
  id: Generated<string>;
  data_element_id: number;
  category: Generated<string>;
  unit_id: number;
  rollup_unit_id: number;
  province_id: number;
  period_type: PeriodType;
  period_start: DateOnly;
  /** numeric: read as a string */
  value: ColumnType<string, string | number, string | number>;
  report_id: number | null;
  approved: Generated<boolean>;
  updated_at: Timestamp;
}

export interface ReportTables {
  programme: ProgrammeTable;
  objective: ObjectiveTable;
  data_element: DataElementTable;
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  report_form: ReportFormTable;
  report_form_field: ReportFormFieldTable;
  report_form_rule: ReportFormRuleTable;
  reporting_obligation: ReportingObligationTable;
  report: ReportTable;
  report_event: ReportEventTable;
  data_value: DataValueTable;
}
