/**
 * The receiving unit's view of a form and period: who has reported (completeness), who did so on
 * time (timeliness), and the approved numbers summed (fresh: approval flips the values in its own
 * transaction, and this reads them directly).
 */
import type { Actor } from '../../core/auth/roles.ts';
import { isSystemAdmin } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { ReportFormsRepository } from '../report-forms/report-forms.repository.ts';
import { dueForPeriod } from '../obligations/obligation-schedule.ts';
import { ObligationsRepository } from '../obligations/obligations.repository.ts';
import { isPeriodStart, periodLabel } from './periods.ts';
import { ReportSummaryRepository } from './report-summary.repository.ts';
import { authorizeReport } from './reports.policy.ts';
import type { TSummary } from './reports.schema.ts';

const dayOf = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);

export class ReportSummaryService {
  constructor(private readonly db: Database) {}

  async summary(
    actor: Actor,
    q: { formId: number; periodStart: string; unitId?: number | undefined },
  ): Promise<TSummary> {
    const form = await new ReportFormsRepository(this.db).findById(q.formId);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    if (!isPeriodStart(form.period_type, q.periodStart)) throw new AppError('REPORT_PERIOD_INVALID');
    let unit: { id: number; level: string; full_name: string } | null = null;
    if (q.unitId === undefined) {
      if (!isSystemAdmin(actor)) throw new AppError('FORBIDDEN');
    } else {
      const u = await this.db
        .selectFrom('admin_unit')
        .select(['id', 'level', 'full_name', 'province_id', 'district_id', 'version'])
        .where('id', '=', q.unitId)
        .executeTakeFirst();
      if (!u || u.version !== '2025') throw new AppError('UNIT_NOT_FOUND');
      authorizeReport(actor, 'read', {
        id: u.id,
        provinceId: u.province_id ?? u.id,
        districtId: u.district_id,
      });
      unit = u;
    }
    const repo = new ReportSummaryRepository(this.db);
    const lower = await repo.lowerUnits(unit);
    const reports = new Map(
      (
        await repo.reportsOf(
          form.id,
          form.period_type,
          q.periodStart,
          lower.map((u) => u.id),
        )
      ).map((r) => [r.unit_id, r]),
    );
    const today = new Date().toISOString().slice(0, 10);
    // Units that have not started a report are due when the province's obligation says.
    const obligation = unit
      ? (await new ObligationsRepository(this.db).activeFor(unit.id, form.id))[0]
      : undefined;
    const scheduled = obligation
      ? dueForPeriod(obligation.frequency, obligation.due_days, form.period_type, q.periodStart)
      : null;
    const units = lower.map((u) => {
      const r = reports.get(u.id);
      const submitted = r && r.status !== 'draft' ? dayOf(r.submitted_at) : null;
      const due = r?.due_date ?? scheduled;
      const timeliness: TSummary['units'][number]['timeliness'] = submitted
        ? due && submitted > due
          ? 'late'
          : 'on_time'
        : due && today > due
          ? 'late'
          : due
            ? 'not_due'
            : 'missing';
      return {
        unitId: u.id,
        unitName: u.full_name,
        reportId: r?.id ?? null,
        status: r?.status ?? null,
        submittedAt: r?.submitted_at ? new Date(r.submitted_at).toISOString() : null,
        dueDate: due,
        timeliness,
      };
    });
    const sums = await repo.sums(form.id, form.period_type, q.periodStart, unit);
    return {
      unitName: unit?.full_name ?? 'Toàn quốc',
      periodLabel: periodLabel(form.period_type, q.periodStart),
      units,
      totals: {
        expected: units.length,
        submitted: units.filter((u) => u.status === 'submitted' || u.status === 'approved').length,
        approved: units.filter((u) => u.status === 'approved').length,
        onTime: units.filter((u) => u.status !== null && u.status !== 'draft' && u.timeliness === 'on_time')
          .length,
      },
      sums: sums.map((s) => ({ elementCode: s.code, category: s.category, value: Number(s.value) })),
    };
  }
}
