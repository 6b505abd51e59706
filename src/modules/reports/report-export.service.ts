/**
 * Report figures out of the system: the values of a unit's reports for a form and period as .csv,
 * .xlsx or ADX (approved only by default; ADX always), and the consolidated report as .docx.
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { MIN_THRESHOLD } from '../../core/disclosure/protect.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { CATEGORY_LABELS } from '../indicators/categories.ts';
import { ReportFormsRepository } from '../report-forms/report-forms.repository.ts';
import { isPeriodStart, periodLabel } from './periods.ts';
import { hiddenText, protectReport } from './report-disclosure.ts';
import { consolidatedDocx } from './report-docx.ts';
import { ReportExchangeRepository, type ExportScope } from './report-exchange.repository.ts';
import { toAdx, toCsv, toXlsx, type ValueRow } from './report-files.ts';
import { ReportSummaryService } from './report-summary.service.ts';
import { authorizeReport } from './reports.policy.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'adx' | 'docx';
export interface ExportFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}
const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  adx: 'application/adx+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export class ReportExportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** The disclosure threshold (Config.disclosureMinCount). */
    private readonly k: number = MIN_THRESHOLD,
  ) {}

  private async scope(actor: Actor, q: { formId: number; periodStart: string; unitId?: number | undefined }) {
    const form = await new ReportFormsRepository(this.db).findById(q.formId);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    if (!isPeriodStart(form.period_type, q.periodStart)) throw new AppError('REPORT_PERIOD_INVALID');
    if (q.unitId === undefined) {
      authorizeReport(actor, 'read', null);
      return { form, unit: null };
    }
    const unit = await this.db
      .selectFrom('admin_unit')
      .select(['id', 'code', 'level', 'full_name', 'name', 'province_id', 'district_id', 'version'])
      .where('id', '=', q.unitId)
      .executeTakeFirst();
    if (!unit || unit.version !== '2025') throw new AppError('UNIT_NOT_FOUND');
    authorizeReport(actor, 'read', {
      id: unit.id,
      provinceId: unit.province_id ?? unit.id,
      districtId: unit.district_id,
    });
    return { form, unit };
  }

  async export(
    actor: Actor,
    q: {
      formId: number;
      periodStart: string;
      unitId?: number | undefined;
      format: ExportFormat;
      all?: boolean | undefined;
    },
  ): Promise<ExportFile> {
    const { form, unit } = await this.scope(actor, q);
    const name = `${form.code.toLowerCase()}-${q.periodStart}${unit ? `-${unit.code}` : ''}`;
    if (q.format === 'docx') return this.docx(actor, q, form, unit, name);
    const s: ExportScope = {
      formId: form.id,
      periodType: form.period_type,
      periodStart: q.periodStart,
      unit,
      approvedOnly: q.format === 'adx' || !q.all,
    };
    const raw = await new ReportExchangeRepository(this.db).values(s);
    // counts of survivors of units below the province: "<5" in .csv/.xlsx, left out of ADX
    const cells = raw.map((r) => ({
      unit: `${r.unit_version}|${r.unit_code}`,
      below: r.unit_level !== 'province',
      element: r.element_code,
      category: r.category,
      value: Number(r.value),
    }));
    const { hiddenCells } = protectReport(cells, this.k);
    const rows: ValueRow[] = raw.flatMap((r, i) => {
      const off = hiddenCells(cells[i]!);
      if (off && q.format === 'adx') return [];
      return [
        {
          unit_code: r.unit_code,
          unit_version: r.unit_version,
          unit_name: r.unit_name,
          period_start: r.period_start,
          element_code: r.element_code,
          element_name: r.element_name,
          category: r.category,
          value: off ? hiddenText(this.k) : String(Number(r.value)),
          status: r.status,
        },
      ];
    });
    const data =
      q.format === 'csv'
        ? toCsv(rows)
        : q.format === 'xlsx'
          ? await toXlsx(rows, form.name)
          : toAdx(rows, form.code, form.period_type, this.clock.now());
    return {
      fileName: `${name}.${q.format === 'adx' ? 'adx.xml' : q.format}`,
      contentType: TYPES[q.format],
      data,
    };
  }

  private async docx(
    actor: Actor,
    q: { formId: number; periodStart: string; unitId?: number | undefined },
    form: { id: number; name: string; period_type: ExportScope['periodType']; sections: unknown },
    unit: { id: number; level: string; full_name: string; name: string } | null,
    name: string,
  ): Promise<ExportFile> {
    const summary = await new ReportSummaryService(this.db, this.clock, this.k).summary(actor, q);
    const fields = await new ReportFormsRepository(this.db).fields(form.id);
    const narratives = await new ReportExchangeRepository(this.db).narratives({
      formId: form.id,
      periodType: form.period_type,
      periodStart: q.periodStart,
      unit,
      approvedOnly: true,
    });
    const sections = (Array.isArray(form.sections) ? form.sections : []) as { key: string; title: string }[];
    const data = await consolidatedDocx({
      issuer: unit ? `Ủy ban nhân dân ${unit.full_name}` : 'Bộ Nội vụ',
      place: unit?.name ?? 'Hà Nội',
      date: this.clock.today(),
      formName: form.name,
      periodLabel: periodLabel(form.period_type, q.periodStart),
      unitName: summary.unitName,
      totals: summary.totals,
      rows: fields
        .map((f) => ({
          name: f.name,
          values: summary.sums
            .filter((s) => s.elementCode === f.code)
            .map((s) => ({
              label: CATEGORY_LABELS[s.category]?.[0] ?? s.category,
              value: s.value ?? hiddenText(this.k),
            })),
        }))
        .filter((r) => r.values.length > 0),
      sections: sections.map((s) => ({
        title: s.title,
        entries: narratives
          .map((n) => ({
            unitName: n.unit_name,
            text: ((n.narrative ?? {}) as Record<string, string>)[s.key] ?? '',
          }))
          .filter((e) => e.text.trim() !== ''),
      })),
    });
    return { fileName: `${name}.docx`, contentType: TYPES.docx, data };
  }
}
