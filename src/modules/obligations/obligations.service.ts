/**
 * Reporting obligations (chế độ báo cáo): a province sets which form its communes report, how often
 * and by when — by hand or from a plan's parsed deadlines — and each commune sees what it owes,
 * with reminders as a due date comes near.
 */
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { isSystemAdmin } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { addDays, type Clock } from '../../core/clock/clock.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { impossibleDueDay } from './due-day-check.ts';
import { duePeriods, validDueDays, type Frequency } from './obligation-schedule.ts';
import { authorizeObligation } from './obligations.policy.ts';
import { ObligationsRepository } from './obligations.repository.ts';
import type {
  TCreateObligationRequest,
  TObligation,
  TUpdateObligationRequest,
} from './obligations.schema.ts';

type Row = NonNullable<Awaited<ReturnType<ObligationsRepository['findById']>>>;
export function present(r: Row, today: string): TObligation {
  const next = duePeriods(
    { frequency: r.frequency, dueDays: r.due_days, startsOn: r.starts_on, endsOn: r.ends_on },
    r.period_type,
    today,
    addDays(today, 400),
  )[0];
  return {
    id: r.id,
    formId: r.form_id,
    formName: r.form_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    title: r.title,
    frequency: r.frequency,
    dueDays: r.due_days,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    remindDays: r.remind_days,
    planId: r.plan_id,
    sourceText: r.source_text,
    isActive: r.is_active,
    nextDue: r.is_active ? (next?.dueDate ?? null) : null,
  };
}

const ref = (u: { id: number; province_id: number | null; district_id: number | null }): UnitRef => ({
  id: u.id,
  provinceId: u.province_id ?? u.id,
  districtId: u.district_id,
});

export function checkSchedule(frequency: Frequency, dueDays: string[], formPeriod: string): void {
  if (!validDueDays(frequency, dueDays)) {
    const impossible = frequency === 'once' ? null : impossibleDueDay(dueDays);
    throw new AppError('OBLIGATION_DUE_DAYS_INVALID', [
      { path: 'dueDays', message: impossible ? impossible.message[0] : dueDays.join(', ') },
    ]);
  }
  if (frequency !== 'once' && frequency !== formPeriod) throw new AppError('OBLIGATION_FORM_MISMATCH');
}

export class ObligationsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, q: { unitId?: number | undefined; planId?: number | undefined }) {
    const repo = new ObligationsRepository(this.db);
    let units: number[] | null;
    if (q.unitId) {
      const u = await repo.unit(q.unitId);
      if (!u) throw new AppError('UNIT_NOT_FOUND');
      authorizeObligation(actor, 'read', ref(u));
      units = [u.id];
    } else if (isSystemAdmin(actor)) units = null;
    else
      units = [
        ...new Set(
          actor.roles.flatMap((r) => [r.unitId, r.provinceId]).filter((x): x is number => x !== null),
        ),
      ];
    return (await repo.list(units, q.planId)).map((r) => present(r, this.clock.today()));
  }

  async get(actor: Actor, id: number): Promise<TObligation> {
    const row = await new ObligationsRepository(this.db).findById(id);
    if (!row) throw new AppError('OBLIGATION_NOT_FOUND');
    authorizeObligation(actor, 'read', { id: row.unit_id, provinceId: row.unit_id });
    return present(row, this.clock.today());
  }

  async create(actor: Actor, req: TCreateObligationRequest): Promise<TObligation> {
    const repo = new ObligationsRepository(this.db);
    const unit = await repo.unit(req.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    authorizeObligation(actor, 'manage', ref(unit));
    if (unit.level !== 'province' || unit.version !== '2025')
      throw new AppError('OBLIGATION_UNIT_NOT_PROVINCE');
    const form = (await repo.formsByPeriod()).find((f) => f.id === req.formId);
    if (!form) throw new AppError('REPORT_FORM_NOT_FOUND');
    checkSchedule(req.frequency, req.dueDays, form.period_type);
    if (req.planId && !(await repo.plan(req.planId))) throw new AppError('PLAN_NOT_FOUND');
    const id = await this.db.transaction().execute(async (tx) => {
      const id = await new ObligationsRepository(tx).insert({
        form_id: form.id,
        unit_id: unit.id,
        province_id: unit.id,
        reporter_level: 'commune',
        title: req.title,
        frequency: req.frequency,
        due_days: req.dueDays,
        starts_on: req.startsOn,
        ends_on: req.endsOn ?? null,
        remind_days: req.remindDays,
        plan_id: req.planId ?? null,
        source_text: req.sourceText ?? null,
        created_by: actor.userId,
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'obligation.create',
        entityType: 'reporting_obligation',
        entityId: id,
        unitId: unit.id,
        provinceId: unit.id,
        details: { form: form.code, frequency: req.frequency, dueDays: req.dueDays },
      });
      return id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, req: TUpdateObligationRequest): Promise<TObligation> {
    const repo = new ObligationsRepository(this.db);
    const row = await repo.findById(id);
    if (!row) throw new AppError('OBLIGATION_NOT_FOUND');
    authorizeObligation(actor, 'manage', { id: row.unit_id, provinceId: row.unit_id });
    if (req.dueDays) checkSchedule(row.frequency, req.dueDays, row.period_type);
    await this.db.transaction().execute(async (tx) => {
      await new ObligationsRepository(tx).update(id, {
        ...(req.title !== undefined ? { title: req.title } : {}),
        ...(req.dueDays !== undefined ? { due_days: req.dueDays } : {}),
        ...(req.endsOn !== undefined ? { ends_on: req.endsOn } : {}),
        ...(req.remindDays !== undefined ? { remind_days: req.remindDays } : {}),
        ...(req.isActive !== undefined ? { is_active: req.isActive } : {}),
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'obligation.update',
        entityType: 'reporting_obligation',
        entityId: id,
        unitId: row.unit_id,
        provinceId: row.unit_id,
        details: { fields: Object.keys(req) },
      });
    });
    return this.get(actor, id);
  }
}
