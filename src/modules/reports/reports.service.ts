/**
 * Periodic reports: a unit's numbers and narrative for a form and period, entered as a draft,
 * submitted, returned with a reason or approved by the level above, and reopened by it. Approval
 * flips the values to "approved" in the same transaction, so the sums above are fresh at once.
 * Every change writes a report_event and an audit record in its transaction.
 */
import { isUniqueViolation } from '../../core/db/errors.ts';
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { isLate } from '../../core/clock/deadline.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import { AuditLogRepository, auditRow } from '../audit-log/audit-log.repository.ts';
import { CATEGORIES, type Disaggregation } from '../indicators/categories.ts';
import { ReportFormsRepository } from '../report-forms/report-forms.repository.ts';
import { dueForPeriod } from '../obligations/obligation-schedule.ts';
import { ObligationsRepository } from '../obligations/obligations.repository.ts';
import { notifyReturned } from '../notifications/report-returned.ts';
import { isPeriodStart, periodEnd, periodLabel } from './periods.ts';
import { boundsDetail, checkReport } from './report-check.ts';
import { authorizeReport, mayReport, reportScope } from './reports.policy.ts';
import { ReportTransitionRepository } from './report-transition.repository.ts';
import { ReportsRepository, type ReportFilter } from './reports.repository.ts';
import type {
  TCreateReportRequest,
  TReport,
  TReportActionRequest,
  TReportDetail,
  TSaveReportRequest,
} from './reports.schema.ts';

type Row = NonNullable<Awaited<ReturnType<ReportsRepository['findById']>>>;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const unitRef = (r: Row): UnitRef => ({
  id: r.unit_id,
  provinceId: r.unit_province_id ?? r.unit_id,
  districtId: r.unit_district_id,
});

export function presentReport(r: Row, clock: Clock): TReport {
  const late = isLate(r.due_date, r.submitted_at, clock);
  return {
    id: r.id,
    formId: r.form_id,
    formCode: r.form_code,
    formName: r.form_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    provinceId: r.province_id,
    periodType: r.period_type,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    periodLabel: periodLabel(r.period_type, r.period_start),
    dueDate: r.due_date,
    status: r.status,
    submittedAt: iso(r.submitted_at),
    decidedAt: iso(r.decided_at),
    returnReason: r.return_reason,
    version: r.version,
    late,
  };
}

type DetailRow = NonNullable<Awaited<ReturnType<ReportsRepository['findDetail']>>>;
type Events = DetailRow['events'];

/** A report with its values, history and what the actor may do with it. */
function present(
  actor: Actor,
  row: Row,
  values: DetailRow['values'],
  events: Events,
  clock: Clock,
): TReportDetail {
  const unit = unitRef(row);
  const enter = mayReport(actor, 'enter', unit);
  const decide = mayReport(actor, 'decide', unit);
  const editable = row.status === 'draft' || row.status === 'returned';
  return {
    ...presentReport(row, clock),
    values: values.map((v) => ({ elementCode: v.code, category: v.category, value: Number(v.value) })),
    narrative: (row.narrative ?? {}) as Record<string, string>,
    events: events.map((e) => ({
      at: new Date(e.at).toISOString(),
      action: e.action,
      actorName: e.actor_name,
      reason: e.reason,
    })),
    abilities: {
      edit: enter && editable,
      submit: enter && editable,
      return: decide && row.status === 'submitted',
      approve: decide && row.status === 'submitted',
      reopen: decide && row.status === 'approved',
    },
  };
}

export class ReportsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** The report with its values and history (one query), if the actor may read it. */
  private async load(actor: Actor, id: number): Promise<DetailRow> {
    const row = await new ReportsRepository(this.db).findDetail(id);
    if (!row || !mayReport(actor, 'read', unitRef(row))) throw new AppError('REPORT_NOT_FOUND');
    return row;
  }

  async list(actor: Actor, f: ReportFilter): Promise<TReport[]> {
    const rows = await new ReportsRepository(this.db).list(reportScope(actor), f);
    return rows.map((r) => presentReport(r, this.clock));
  }

  async get(actor: Actor, id: number): Promise<TReportDetail> {
    const row = await this.load(actor, id);
    return present(actor, row, row.values, row.events, this.clock);
  }

  async create(actor: Actor, req: TCreateReportRequest): Promise<TReportDetail> {
    const form = await new ReportFormsRepository(this.db).findById(req.formId);
    if (!form?.is_active) throw new AppError('REPORT_FORM_NOT_FOUND'); // a form switched off takes no new reports
    if (!isPeriodStart(form.period_type, req.periodStart)) throw new AppError('REPORT_PERIOD_INVALID');
    const unit = await this.db
      .selectFrom('admin_unit')
      .select(['id', 'province_id', 'district_id'])
      .where('id', '=', req.unitId)
      .executeTakeFirst();
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    authorizeReport(actor, 'enter', {
      id: unit.id,
      provinceId: unit.province_id ?? unit.id,
      districtId: unit.district_id,
    });
    const repo = new ReportsRepository(this.db);
    const existing = await repo.findExisting(form.id, unit.id, form.period_type, req.periodStart);
    if (existing) throw new AppError('REPORT_EXISTS', [{ path: 'reportId', message: String(existing.id) }]);
    const rollup = await repo.rollupOf(unit.id);
    if (!rollup) throw new AppError('UNIT_NOT_FOUND');
    const dueDate = req.dueDate ?? (await this.obligationDue(req, form.id, rollup.provinceId));
    const id = await this.db.transaction().execute(async (tx) => {
      const txRepo = new ReportsRepository(tx);
      const id = await txRepo.insert({
        formId: form.id,
        unitId: unit.id,
        provinceId: rollup.provinceId,
        periodType: form.period_type,
        periodStart: req.periodStart,
        periodEnd: periodEnd(form.period_type, req.periodStart),
        dueDate,
        obligationId: req.obligationId ?? null,
      });
      await txRepo.addEvent({
        at: this.clock.now(),
        reportId: id,
        provinceId: rollup.provinceId,
        actorId: actor.userId,
        action: 'create',
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'report.create',
        entityType: 'report',
        entityId: id,
        unitId: unit.id,
        provinceId: rollup.provinceId,
        details: { form: form.code, periodStart: req.periodStart },
      });
      return id;
    });
    return this.get(actor, id);
  }

  async save(actor: Actor, id: number, req: TSaveReportRequest): Promise<TReportDetail> {
    const row = await this.load(actor, id);
    authorizeReport(actor, 'enter', unitRef(row));
    if (row.status !== 'draft' && row.status !== 'returned') throw new AppError('REPORT_LOCKED');
    const fields = await new ReportFormsRepository(this.db).fields(row.form_id);
    const byCode = new Map(fields.map((f) => [f.code, f]));
    const values: { elementId: number; category: string; value: number }[] = [];
    const outOfBounds: ErrorDetail[] = [];
    for (const v of req.values) {
      const field = byCode.get(v.elementCode);
      if (!field || !categoryAllowed(field.disaggregation, v.category))
        throw new AppError('DATA_ELEMENT_NOT_ON_FORM', [
          { path: `values.${v.elementCode}|${v.category}`, message: v.elementCode },
        ]);
      const bad =
        v.value === null
          ? null
          : boundsDetail(field, v.category, v.value, `values.${v.elementCode}|${v.category}`);
      if (bad) outOfBounds.push(bad);
      if (v.value !== null)
        values.push({ elementId: field.element_id, category: v.category, value: v.value });
    }
    if (outOfBounds.length > 0) throw new AppError('VALUE_OUT_OF_RANGE', outOfBounds);
    const rollup = await new ReportsRepository(this.db).rollupOf(row.unit_id);
    if (!rollup) throw new AppError('UNIT_NOT_FOUND');
    await this.db.transaction().execute(async (tx) => {
      const repo = new ReportsRepository(tx);
      if (!(await repo.update(id, req.version, { narrative: JSON.stringify(req.narrative) })))
        throw new AppError('REPORT_VERSION_CONFLICT');
      await repo
        .replaceValues(
          {
            id,
            unitId: row.unit_id,
            rollupUnitId: rollup.unitId,
            provinceId: rollup.provinceId,
            periodType: row.period_type,
            periodStart: row.period_start,
          },
          values,
        )
        .catch(sameFigureElsewhere);
      await repo.addEvent({
        at: this.clock.now(),
        reportId: id,
        provinceId: row.province_id,
        actorId: actor.userId,
        action: 'save',
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'report.save',
        entityType: 'report',
        entityId: id,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: { values: values.length },
      });
    });
    return this.get(actor, id);
  }

  async act(actor: Actor, id: number, req: TReportActionRequest): Promise<TReportDetail> {
    const row = await this.load(actor, id);
    const unit = unitRef(row);
    const reason = req.reason?.trim() || null;
    const from: Record<TReportActionRequest['action'], readonly string[]> = {
      submit: ['draft', 'returned'],
      return: ['submitted'],
      approve: ['submitted'],
      reopen: ['approved'],
    };
    authorizeReport(actor, req.action === 'submit' ? 'enter' : 'decide', unit);
    if (!from[req.action].includes(row.status)) throw new AppError('REPORT_STATUS_CONFLICT');
    if ((req.action === 'return' || req.action === 'reopen') && !reason)
      throw new AppError('REASON_REQUIRED');
    if (req.action === 'submit') await checkReport(this.db, row, row.values);
    const now = this.clock.now();
    const set =
      req.action === 'submit'
        ? { status: 'submitted' as const, submitted_at: now, submitted_by: actor.userId, return_reason: null }
        : req.action === 'approve'
          ? { status: 'approved' as const, decided_at: now, decided_by: actor.userId }
          : { status: 'returned' as const, decided_at: now, decided_by: actor.userId, return_reason: reason };
    const step = (db: Database) =>
      new ReportTransitionRepository(db).transition({
        id,
        version: row.version,
        set,
        approved: req.action === 'approve' ? true : req.action === 'reopen' ? false : null,
        event: { actorId: actor.userId, action: req.action, reason, at: now },
        audit: auditRow(actor, {
          action: `report.${req.action}`,
          entityType: 'report',
          entityId: id,
          unitId: row.unit_id,
          provinceId: row.province_id,
          details: { from: row.status },
        }),
      });
    // Submit and approve are one statement (the hot path); a return also tells the unit, atomically.
    const done =
      req.action !== 'return'
        ? await step(this.db)
        : await this.db.transaction().execute(async (tx) => {
            const d = await step(tx);
            if (d)
              await notifyReturned(
                tx,
                {
                  id,
                  version: d.version,
                  unitId: row.unit_id,
                  unitName: row.unit_name,
                  formName: row.form_name,
                  periodLabel: periodLabel(row.period_type, row.period_start),
                  dueDate: row.due_date,
                  reason: reason ?? '',
                  actorId: actor.userId,
                },
                this.clock,
              );
            return d;
          });
    if (!done) throw new AppError('REPORT_VERSION_CONFLICT');
    // The answer is built from what was read and written, without reading the report again.
    const event = {
      at: new Date(done.event_at).toISOString(),
      action: req.action,
      reason,
      actor_name: done.actor_name,
    };
    const after = { ...row, ...set, version: done.version, updated_at: done.updated_at };
    return present(actor, after, row.values, [...row.events, event], this.clock);
  }

  /** The due date the obligation's schedule gives the period (it must be the province's, for this form). */
  private async obligationDue(
    req: TCreateReportRequest,
    formId: number,
    provinceId: number,
  ): Promise<string | null> {
    if (!req.obligationId) return null;
    const o = await new ObligationsRepository(this.db).findById(req.obligationId);
    if (!o || o.form_id !== formId || o.unit_id !== provinceId) throw new AppError('OBLIGATION_NOT_FOUND');
    return dueForPeriod(o.frequency, o.due_days, o.period_type, req.periodStart);
  }
}

/** The same figure (element, category, unit, period) already sits in another form's report. */
export function sameFigureElsewhere(err: unknown): never {
  if (isUniqueViolation(err)) throw new AppError('VALUE_IN_OTHER_REPORT');
  throw err;
}

function categoryAllowed(d: Disaggregation, category: string): boolean {
  return CATEGORIES[d].includes(category);
}
