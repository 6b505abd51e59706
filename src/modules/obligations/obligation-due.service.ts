/**
 * What a commune owes under its province's reporting obligations: each period falling due from
 * half a year back to two months ahead, with the report's state, flagged as overdue, to be reminded
 * of (within the obligation's reminder days) or upcoming.
 */
import type { Actor, Role } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { periodLabel } from '../reports/periods.ts';
import { duePeriods, owes } from './obligation-schedule.ts';
import { ObligationsRepository } from './obligations.repository.ts';
import type { TDueItem } from './obligations.schema.ts';
import { addDays, type Clock } from '../../core/clock/clock.ts';

const READ: readonly Role[] = ['unit_admin', 'planner', 'reporter', 'approver', 'viewer'];
const ENTER: readonly Role[] = ['unit_admin', 'reporter'];

export class ObligationDueService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** The communes asked about: `unitId` if given (any role over it), else the caller's own communes. */
  private async communes(actor: Actor, unitId?: number) {
    const repo = new ObligationsRepository(this.db);
    if (unitId) {
      const u = await repo.unit(unitId);
      if (!u || u.level !== 'commune' || u.version !== '2025') throw new AppError('UNIT_NOT_FOUND');
      if (
        !isSystemAdmin(actor) &&
        !hasRoleOver(actor, READ, { id: u.id, provinceId: u.province_id, districtId: u.district_id })
      )
        throw new AppError('FORBIDDEN');
      return [{ id: u.id, name: u.full_name, provinceId: u.province_id ?? 0, validFrom: u.valid_from }];
    }
    const out = [];
    for (const r of actor.roles)
      if (ENTER.includes(r.role) && r.unitLevel === 'commune' && r.unitId !== null) {
        const u = await repo.unit(r.unitId);
        if (u?.version === '2025')
          out.push({ id: u.id, name: u.full_name, provinceId: u.province_id ?? 0, validFrom: u.valid_from });
      }
    return out;
  }

  async due(
    actor: Actor,
    q: { unitId?: number | undefined },
    today = this.clock.today(),
  ): Promise<TDueItem[]> {
    const repo = new ObligationsRepository(this.db);
    const from = addDays(today, -183);
    const to = addDays(today, 62);
    const items: TDueItem[] = [];
    for (const c of await this.communes(actor, q.unitId)) {
      const obligations = (await repo.list([c.provinceId])).filter((o) => o.is_active);
      const reports = await repo.reportsOf(
        c.id,
        obligations.map((o) => o.form_id),
      );
      for (const o of obligations)
        for (const p of duePeriods(
          { frequency: o.frequency, dueDays: o.due_days, startsOn: o.starts_on, endsOn: o.ends_on },
          o.period_type,
          from,
          to,
        )) {
          const o2 = { startsOn: o.starts_on, endsOn: o.ends_on };
          if (!owes(o2, c.validFrom, p.periodStart, p.dueDate)) continue;
          const r = reports.find((x) => x.form_id === o.form_id && x.period_start === p.periodStart);
          const done = r?.status === 'submitted' || r?.status === 'approved';
          items.push({
            obligationId: o.id,
            title: o.title,
            formId: o.form_id,
            formName: o.form_name,
            unitId: c.id,
            unitName: c.name,
            receiverName: o.unit_name,
            periodStart: p.periodStart,
            periodLabel: periodLabel(o.period_type, p.periodStart),
            dueDate: p.dueDate,
            reportId: r?.id ?? null,
            status: r?.status ?? null,
            returnReason: r?.status === 'returned' ? (r.return_reason ?? null) : null,
            state: done
              ? 'done'
              : r?.status === 'returned'
                ? 'returned'
                : p.dueDate < today
                  ? 'overdue'
                  : p.dueDate <= addDays(today, o.remind_days)
                    ? 'remind'
                    : 'upcoming',
          });
        }
    }
    return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.unitName.localeCompare(b.unitName));
  }
}
