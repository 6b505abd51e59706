/** Shapes of /api/v1/report-forms and /api/v1/reports, as in docs/API.md. */

import type { ValueType } from '../../../src/core/numbers/value-bounds.ts';
import type { TSummary } from '../../../src/modules/reports/reports.schema.ts';

export type PeriodType = 'monthly' | 'quarterly' | 'semiannual' | 'annual';
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportAction = 'submit' | 'return' | 'approve' | 'reopen';

export interface ReportForm {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  periodType: PeriodType;
  sections: { key: string; title: string; titleEn: string }[];
  shipped: boolean;
  isActive: boolean;
}

export interface ReportField {
  elementId: number;
  elementCode: string;
  name: string;
  nameEn: string;
  valueType: ValueType;
  /** The element's own maximum; null: the value type's (src/core/numbers/value-bounds.ts). */
  maxValue: number | null;
  categories: string[];
  group: string | null;
  required: boolean;
}

export interface ReportRule {
  left: string;
  leftCategory: string;
  operator: '<=' | '=' | '>=';
  right: string;
  rightCategory: string;
  message: string;
  messageEn: string;
}

export interface ReportFormDetail extends ReportForm {
  fields: ReportField[];
  rules: ReportRule[];
}

export interface Report {
  id: number;
  formId: number;
  formCode: string;
  formName: string;
  unitId: number;
  unitName: string;
  provinceId: number;
  periodType: PeriodType;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  dueDate: string | null;
  status: ReportStatus;
  submittedAt: string | null;
  decidedAt: string | null;
  returnReason: string | null;
  version: number;
  late: boolean;
}

export interface ReportValue {
  elementCode: string;
  category: string;
  value: number;
}

export interface ReportDetail extends Report {
  values: ReportValue[];
  narrative: Record<string, string>;
  events: { at: string; action: string; actorName: string | null; reason: string | null }[];
  abilities: Record<'edit' | 'submit' | 'return' | 'approve' | 'reopen', boolean>;
}

export type Timeliness = 'on_time' | 'late' | 'missing' | 'not_due';

export interface ReportSummary {
  unitName: string;
  periodLabel: string;
  units: {
    unitId: number;
    unitName: string;
    reportId: number | null;
    status: ReportStatus | null;
    submittedAt: string | null;
    dueDate: string | null;
    timeliness: Timeliness | null;
    /** The national view: a province's communes. */
    progress: { expected: number; submitted: number; approved: number } | null;
  }[];
  totals: { expected: number; submitted: number; approved: number; onTime: number };
  /** From the API's schema: a hidden sum has value null and suppressed true (docs/CASES.md). */
  sums: TSummary['sums'];
}

export type Frequency = 'once' | PeriodType;

export interface Obligation {
  id: number;
  formId: number;
  formName: string;
  unitId: number;
  unitName: string;
  title: string;
  frequency: Frequency;
  dueDays: string[];
  startsOn: string;
  endsOn: string | null;
  remindDays: number;
  planId: number | null;
  sourceText: string | null;
  isActive: boolean;
  nextDue: string | null;
}

export interface ObligationSuggestion {
  formId: number | null;
  unitId: number;
  title: string;
  frequency: Frequency;
  dueDays: string[];
  startsOn: string;
  endsOn: string | null;
  remindDays: number;
  planId: number;
  sourceText: string | null;
  existingId: number | null;
  to: string | null;
}

/** What a commune owes (GET /obligations/due), typed from the server's schema. */
export type { TDueItem as DueItem } from '../../../src/modules/obligations/obligations.schema.ts';

export type Disaggregation = 'none' | 'sex' | 'sex_age' | 'sex_ethnicity';

export interface DataElement {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  disaggregation: Disaggregation;
  valueType: ValueType;
  categories: string[];
  isActive: boolean;
}

export interface FormDefinition {
  code: string;
  name: string;
  nameEn: string;
  periodType: PeriodType;
  sections: { key: string; title: string; titleEn: string }[];
  fields: { elementCode: string; group: string | null; required: boolean }[];
  rules: {
    left: string;
    leftCategory: string;
    operator: '<=' | '=' | '>=';
    right: string;
    rightCategory: string;
    message: string;
    messageEn: string;
  }[];
}
