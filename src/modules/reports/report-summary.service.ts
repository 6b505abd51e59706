/**
 * The receiving unit's view of a form and period: who has reported (completeness), who did so on
 * time (timeliness), and the approved numbers summed (fresh: approval flips the values in its own
 * transaction, and this reads them directly).
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { isLate } from '../../core/clock/deadline.ts';
import type { Database } from '../../core/db/database.ts';
import type { PeriodType } from '../../core/db/schema.ts';
import { MIN_THRESHOLD } from '../../core/disclosure/protect.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { ReportFormsRepository } from '../report-forms/report-forms.repository.ts';
import { dueForPeriod, owes } from '../obligations/obligation-schedule.ts';
import { ObligationsRepository } from '../obligations/obligations.repository.ts';
import { isPeriodStart, periodLabel } from './periods.ts';
import { protectReport } from './report-disclosure.ts';
import { ReportExchangeRepository } from './report-exchange.repository.ts';
import { ReportSummaryRepository } from './report-summary.repository.ts';
import { authorizeReport } from './reports.policy.ts';
import type { TSummary } from './reports.schema.ts';

export class ReportSummaryService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** The disclosure threshold (Config.disclosureMinCount). */
    private readonly k: number = MIN_THRESHOLD,
  ) {}

  /** The sums whose survivors' counts the disclosure rule hides (report-disclosure.ts). */
  private async hiddenSums(
    form: { id: number; period_type: PeriodType },
    periodStart: string,
    unit: { id: number; level: string },
  ): Promise<Set<string>> {
    const rows = await new ReportExchangeRepository(this.db).values({
      formId: form.id,
      periodType: form.period_type,
      periodStart,
      unit,
      approvedOnly: true,
    });
    return protectReport(
      rows.map((r) => ({
        unit: `${r.unit_version}|${r.unit_code}`,
        below: r.unit_level !== 'province',
        element: r.element_code,
        category: r.category,
        value: Number(r.value),
      })),
      this.k,
    ).hiddenSums;
  }

  async summary(
    actor: Actor,
    q: { formId: number; periodStart: string; unitId?: number | undefined },
  ): Promise<TSummary> {
    const form = await new ReportFormsRepository(this.db).findById(q.formId);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    if (!isPeriodStart(form.period_type, q.periodStart)) throw new AppError('REPORT_PERIOD_INVALID');
    let unit: { id: number; level: string; full_name: string } | null = null;
    if (q.unitId === undefined) {
      authorizeReport(actor, 'read', null);
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
    // Units that have not started a report are due when the province's obligation says.
    const obligation = unit
      ? (await new ObligationsRepository(this.db).activeFor(unit.id, form.id))[0]
      : undefined;
    const scheduled = obligation
      ? dueForPeriod(obligation.frequency, obligation.due_days, form.period_type, q.periodStart)
      : null;
    const units = lower.map((u) => {
      const r = reports.get(u.id);
      const submittedAt = r && r.status !== 'draft' ? r.submitted_at : null;
      // A unit owes no report due before its obligation started or before it existed.
      const owed =
        scheduled !== null &&
        obligation !== undefined &&
        owes(
          { startsOn: obligation.starts_on, endsOn: obligation.ends_on },
          u.valid_from,
          q.periodStart,
          scheduled,
        );
      const due = r?.due_date ?? (owed ? scheduled : null);
      // The deadline rule (core/clock/deadline.ts): on time up to 23:59 local on the due day.
      const timeliness: TSummary['units'][number]['timeliness'] = submittedAt
        ? isLate(due, submittedAt, this.clock)
          ? 'late'
          : 'on_time'
        : due && isLate(due, null, this.clock)
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
        timeliness: unit === null ? null : timeliness,
        progress: null as TSummary['units'][number]['progress'],
      };
    });
    if (unit === null) return this.national(form, q.periodStart, units);
    const sums = await repo.sums(form.id, form.period_type, q.periodStart, unit);
    const hidden = await this.hiddenSums(form, q.periodStart, unit);
    return {
      unitName: unit.full_name,
      periodLabel: periodLabel(form.period_type, q.periodStart),
      units,
      totals: {
        expected: units.length,
        submitted: units.filter((u) => u.status === 'submitted' || u.status === 'approved').length,
        approved: units.filter((u) => u.status === 'approved').length,
        onTime: units.filter((u) => u.status !== null && u.status !== 'draft' && u.timeliness === 'on_time')
          .length,
      },
      sums: sums.map((s) => {
        const off = hidden.has(`${s.code}|${s.category}`);
        return {
          elementCode: s.code,
          category: s.category,
          value: off ? null : Number(s.value),
          suppressed: off,
        };
      }),
    };
  }

  /** The country: each province with its communes' progress; totals over all communes. */
  private async national(
    form: { id: number; period_type: PeriodType },
    periodStart: string,
    provinces: TSummary['units'],
  ): Promise<TSummary> {
    const repo = new ReportSummaryRepository(this.db);
    const { communes, reports } = await repo.provinceProgress(form.id, form.period_type, periodStart);
    const count = (rows: { province_id: number | null; n: string }[], id: number) =>
      rows.filter((r) => r.province_id === id).reduce((a, r) => a + Number(r.n), 0);
    const units = provinces.map((p) => ({
      ...p,
      progress: {
        expected: count(communes, p.unitId),
        submitted: count(reports, p.unitId),
        approved: count(
          reports.filter((r) => r.status === 'approved'),
          p.unitId,
        ),
      },
    }));
    const sum = (f: (u: (typeof units)[number]) => number) => units.reduce((a, u) => a + f(u), 0);
    return {
      unitName: 'Toàn quốc',
      periodLabel: periodLabel(form.period_type, periodStart),
      units,
      totals: {
        expected: sum((u) => u.progress.expected),
        submitted: sum((u) => u.progress.submitted),
        approved: sum((u) => u.progress.approved),
        onTime: reports.reduce((a, r) => a + Number(r.on_time), 0),
      },
      sums: (await repo.sums(form.id, form.period_type, periodStart, null)).map((s) => ({
        elementCode: s.code,
        category: s.category,
        value: Number(s.value),
        suppressed: false, // provinces' sums: not below the province
      })),
    };
  }
}
