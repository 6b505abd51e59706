/**
 * Figures imported from a .csv or .xlsx file (the export's columns), or ADX (report-adx.ts), into
 * the reports of a form: rows grouped by unit and period; each group fills (or starts) that unit's
 * report as a draft, keeping the figures the file does not mention. Every row is checked first —
 * unit, period, data element, category, number, the importer's right to enter for the unit, the
 * report not locked — and any problem refuses the whole file with one message per row: nothing is
 * half-imported.
 */
import { numberMessage, readNumber } from '../../core/numbers/number-text.ts';
import { boundsDetail } from './report-check.ts';
import type { Actor } from '../../core/auth/roles.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError, isAppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import { xlsxRecords } from '../../core/files/office-reader.ts';
import { echo } from '../../core/text/echo.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { CATEGORIES } from '../indicators/categories.ts';
import { ReportFormsRepository } from '../report-forms/report-forms.repository.ts';
import { isPeriodStart, periodEnd } from './periods.ts';
import { parseAdxFile } from './report-adx.ts';
import { ReportExchangeRepository } from './report-exchange.repository.ts';
import { ADX_DURATION, parseCsv } from './report-files.ts';
import { mayReport } from './reports.policy.ts';
import { ReportsRepository } from './reports.repository.ts';
import { sameFigureElsewhere } from './reports.service.ts';

const MAX_ROWS = 100_000;

/** A cell's text as Vietnamese write numbers (src/core/numbers/number-text.ts): "1.234", "12,5". */
export { parseNumber } from '../../core/numbers/number-text.ts';

export async function readRows(fileName: string, data: Buffer): Promise<Record<string, string>[]> {
  const lower = fileName.toLowerCase();
  try {
    // A NUL byte is no text (and PostgreSQL refuses it in a query parameter).
    if (lower.endsWith('.csv') && data.includes(0)) throw new AppError('FILE_UNREADABLE');
    if (lower.endsWith('.csv')) return parseCsv(data.toString('utf8'));
    // the zip checked, then read in a worker thread with a time limit (no bomb reaches exceljs here)
    if (lower.endsWith('.xlsx')) return await xlsxRecords(data);
    if (lower.endsWith('.xml') || lower.endsWith('.adx')) return parseAdxFile(data);
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError('FILE_UNREADABLE');
  }
  throw new AppError('FILE_TYPE_NOT_SUPPORTED');
}

interface Group {
  unit: { id: number; province_id: number | null; district_id: number | null };
  periodStart: string;
  values: Map<string, { elementId: number; category: string; value: number }>;
}

export class ReportImportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async import(
    actor: Actor,
    formId: number,
    fileName: string,
    data: Buffer,
  ): Promise<{ reports: number; values: number; created: number }> {
    const forms = new ReportFormsRepository(this.db);
    const form = await forms.findById(formId);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    const rows = await readRows(fileName, data);
    if (rows.length === 0) throw new AppError('IMPORT_EMPTY');
    if (rows.length > MAX_ROWS) throw new AppError('FILE_TOO_LARGE');
    // ADX names its dataSet (toAdx writes the form's code): a file for another form is refused whole.
    const otherSet = rows.find((r) => r.adx_dataset && r.adx_dataset !== form.code);
    if (otherSet)
      throw new AppError('ADX_DATASET_MISMATCH', [
        {
          path: `line ${otherSet.adx_line}: dataSet`,
          message: `Tệp ghi dataSet "${echo(otherSet.adx_dataset!)}", biểu mẫu đã chọn là "${form.code}".`,
          messageEn: `The file names dataSet "${echo(otherSet.adx_dataset!)}"; the chosen form is "${form.code}".`,
        },
      ]);
    const fields = new Map((await forms.fields(form.id)).map((f) => [f.code, f]));
    const exchange = new ReportExchangeRepository(this.db);
    const units = new Map<string, Group['unit']>();
    for (const version of ['2024', '2025'] as const) {
      const codes = [
        ...new Set(rows.filter((r) => (r.unit_version || '2025') === version).map((r) => r.unit_code ?? '')),
      ];
      for (const u of await exchange.unitsByCode(version, codes)) units.set(`${version}|${u.code}`, u);
    }
    const problems: ErrorDetail[] = [];
    const groups = new Map<string, Group>();
    rows.forEach((r, i) => {
      // ADX rows carry their line in the file; a spreadsheet's row i is row i + 2 (after the header).
      const where = r.adx_line ? `line ${r.adx_line}` : `row ${i + 2}`;
      const at = (column: string, message: string) => problems.push({ path: `${where}: ${column}`, message });
      const unit = units.get(`${r.unit_version || '2025'}|${r.unit_code ?? ''}`);
      const field = fields.get(r.element_code ?? '');
      const reading = readNumber(r.value ?? '');
      const value = reading?.ok ? reading.value : NaN;
      const period = r.period_start ?? '';
      if (!unit) at('unit_code', `Không có đơn vị mã "${echo(r.unit_code ?? '')}".`);
      else if (
        !mayReport(actor, 'enter', {
          id: unit.id,
          provinceId: unit.province_id ?? unit.id,
          districtId: unit.district_id,
        })
      )
        at('unit_code', `Bạn không có quyền nhập số liệu cho đơn vị mã "${echo(r.unit_code ?? '')}".`);
      if (!isPeriodStart(form.period_type, period))
        at('period_start', `"${echo(period)}" không phải ngày bắt đầu một kỳ của biểu mẫu.`);
      else if (r.adx_period !== undefined && r.adx_period !== `${period}/${ADX_DURATION[form.period_type]}`)
        at(
          'period',
          `Kỳ "${echo(r.adx_period)}" không khớp với kỳ của biểu mẫu (${ADX_DURATION[form.period_type]}).`,
        );
      if (!field) at('element_code', `Chỉ tiêu "${echo(r.element_code ?? '')}" không có trong biểu mẫu.`);
      else if (!CATEGORIES[field.disaggregation].includes(r.category || 'total'))
        at('category', `Phân tổ "${echo(r.category ?? '')}" không dùng cho chỉ tiêu ${field.code}.`);
      if (r.value === undefined || r.value === '') return; // an empty value is no figure
      if (reading && !reading.ok) at('value', numberMessage({ ...reading, text: echo(reading.text) })[0]);
      else if (field) {
        const bad = boundsDetail(field, r.category || 'total', value, `${where}: value`);
        if (bad) problems.push(bad);
      }
      if (!unit || !field || problems.length > 0) return;
      const key = `${unit.id}|${period}`;
      const g = groups.get(key) ?? { unit, periodStart: period, values: new Map() };
      g.values.set(`${field.element_id}|${r.category || 'total'}`, {
        elementId: field.element_id,
        category: r.category || 'total',
        value,
      });
      groups.set(key, g);
    });
    if (problems.length > 0) throw new AppError('IMPORT_INVALID', problems.slice(0, 200));
    return this.write(actor, form, [...groups.values()]);
  }

  private async write(
    actor: Actor,
    form: { id: number; code: string; period_type: 'monthly' | 'quarterly' | 'semiannual' | 'annual' },
    groups: Group[],
  ) {
    return this.db.transaction().execute(async (tx) => {
      const repo = new ReportsRepository(tx);
      let created = 0;
      let values = 0;
      for (const g of groups) {
        const rollup = await repo.rollupOf(g.unit.id);
        if (!rollup) throw new AppError('UNIT_NOT_FOUND');
        const existing = await repo.findExisting(form.id, g.unit.id, form.period_type, g.periodStart);
        let id = existing?.id;
        if (id === undefined) {
          id = await repo.insert({
            formId: form.id,
            unitId: g.unit.id,
            provinceId: rollup.provinceId,
            periodType: form.period_type,
            periodStart: g.periodStart,
            periodEnd: periodEnd(form.period_type, g.periodStart),
            dueDate: null,
            obligationId: null,
          });
          await repo.addEvent({
            at: this.clock.now(),
            reportId: id,
            provinceId: rollup.provinceId,
            actorId: actor.userId,
            action: 'create',
          });
          created++;
        } else {
          const row = await repo.findById(id);
          if (row && row.status !== 'draft' && row.status !== 'returned')
            throw new AppError('REPORT_LOCKED', [
              { path: 'unit_code', message: `${row.unit_name} (${g.periodStart})` },
            ]);
        }
        const merged = new Map(
          (await repo.values(id)).map((v) => [
            `${v.element_id}|${v.category}`,
            {
              elementId: v.element_id,
              category: v.category,
              value: Number(v.value),
            },
          ]),
        );
        for (const [k, v] of g.values) merged.set(k, v);
        await repo
          .replaceValues(
            {
              id,
              unitId: g.unit.id,
              rollupUnitId: rollup.unitId,
              provinceId: rollup.provinceId,
              periodType: form.period_type,
              periodStart: g.periodStart,
            },
            [...merged.values()],
          )
          .catch(sameFigureElsewhere);
        await repo.bumpVersion(id);
        await repo.addEvent({
          at: this.clock.now(),
          reportId: id,
          provinceId: rollup.provinceId,
          actorId: actor.userId,
          action: 'import',
        });
        values += g.values.size;
      }
      await new AuditLogRepository(tx).insert(actor, {
        action: 'report.import',
        entityType: 'report_form',
        entityId: form.id,
        unitId: null,
        provinceId: null,
        details: { form: form.code, reports: groups.length, created, values },
      });
      return { reports: groups.length, values, created };
    });
  }
}
