/**
 * `binhdang report …` and `binhdang indicator …`: the reporting services from the command line,
 * acting as the system (for scheduled exports, bulk imports and reminders run by cron).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { systemActor } from '../core/auth/roles.ts';
import type { Database } from '../core/db/database.ts';
import { AppError } from '../core/errors/app-error.ts';
import { IndicatorValuesService } from '../modules/indicators/indicator-values.service.ts';
import { ObligationDueService } from '../modules/obligations/obligation-due.service.ts';
import { ReportFormsRepository } from '../modules/report-forms/report-forms.repository.ts';
import { ReportExportService, type ExportFormat } from '../modules/reports/report-export.service.ts';
import { ReportImportService } from '../modules/reports/report-import.service.ts';
import { ReportSummaryService } from '../modules/reports/report-summary.service.ts';
import { UnitsRepository } from '../modules/units/units.repository.ts';
import { withDatabase } from './commands.ts';

const actor = () => systemActor('cli');

async function formId(db: Database, code: string): Promise<number> {
  const form = (await new ReportFormsRepository(db).list()).find((f) => f.code === code.toUpperCase());
  if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
  return form.id;
}

async function unitId(db: Database, code: string | undefined): Promise<number | undefined> {
  if (code === undefined) return undefined;
  const unit = await new UnitsRepository(db).findByCode('2025', code);
  if (!unit) throw new AppError('UNIT_NOT_FOUND');
  return unit.id;
}

export async function reportSummaryCommand(opts: {
  form: string;
  period: string;
  unit?: string;
  json?: boolean;
}): Promise<void> {
  await withDatabase(true, async (h, clock) => {
    const s = await new ReportSummaryService(h.db, clock).summary(actor(), {
      formId: await formId(h.db, opts.form),
      periodStart: opts.period,
      unitId: await unitId(h.db, opts.unit),
    });
    if (opts.json) return console.log(JSON.stringify(s, null, 2));
    const t = s.totals;
    console.log(`${s.unitName} — ${s.periodLabel}`);
    console.log(`Đã gửi ${t.submitted}/${t.expected}, đã duyệt ${t.approved}, đúng hạn ${t.onTime}`);
    for (const v of s.sums) console.log(`  ${v.elementCode} [${v.category}] = ${v.value}`);
  });
}

export async function reportExportCommand(opts: {
  form: string;
  period: string;
  unit?: string;
  format: ExportFormat;
  all?: boolean;
  out?: string;
}): Promise<void> {
  await withDatabase(true, async (h, clock) => {
    const file = await new ReportExportService(h.db, clock).export(actor(), {
      formId: await formId(h.db, opts.form),
      periodStart: opts.period,
      unitId: await unitId(h.db, opts.unit),
      format: opts.format,
      all: opts.all,
    });
    const out = opts.out ?? file.fileName;
    writeFileSync(out, file.data);
    console.log(`wrote ${out} (${file.data.length} bytes)`);
  });
}

export async function reportImportCommand(file: string, opts: { form: string }): Promise<void> {
  await withDatabase(true, async (h, clock) => {
    const r = await new ReportImportService(h.db, clock).import(
      actor(),
      await formId(h.db, opts.form),
      basename(file),
      readFileSync(file),
    );
    console.log(`imported ${r.values} values into ${r.reports} reports (${r.created} new)`);
  });
}

export async function reportDueCommand(opts: { unit: string; json?: boolean }): Promise<void> {
  await withDatabase(true, async (h, clock) => {
    const items = await new ObligationDueService(h.db, clock).due(actor(), {
      unitId: await unitId(h.db, opts.unit),
    });
    if (opts.json) return console.log(JSON.stringify(items, null, 2));
    for (const i of items)
      console.log(
        `${i.dueDate}  ${i.state.padEnd(8)}  ${i.periodLabel}  ${i.title}${i.status ? ` (${i.status})` : ''}`,
      );
  });
}

export async function indicatorValuesCommand(opts: {
  year: string;
  unit?: string;
  programme?: string;
  json?: boolean;
}): Promise<void> {
  await withDatabase(true, async (h) => {
    const r = await new IndicatorValuesService(h.db).values(actor(), {
      year: Number(opts.year),
      unitId: await unitId(h.db, opts.unit),
      programme: opts.programme,
    });
    if (opts.json) return console.log(JSON.stringify(r, null, 2));
    console.log(`${r.unitName} — ${r.year}`);
    // The status with its coverage: reports counted / expected (no verdict below the threshold).
    for (const i of r.items)
      console.log(
        `  ${i.code.padEnd(10)} ${(i.value === null ? '—' : String(i.value)).padStart(8)}  ${i.target?.label ?? ''}  ${i.status} (${i.coverage.reported}/${i.coverage.expected})`,
      );
  });
}
