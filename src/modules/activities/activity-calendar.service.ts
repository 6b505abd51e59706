/**
 * The calendar of a unit for a year: the national days and campaigns (recurring ones placed in the
 * year), the unit's own campaigns, the report due dates of its reporting obligations, and the due
 * dates of its plans' tasks.
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { duePeriods } from '../obligations/obligation-schedule.ts';
import { ObligationsRepository } from '../obligations/obligations.repository.ts';
import { periodLabel } from '../reports/periods.ts';
import { ActivitiesRepository } from './activities.repository.ts';
import { authorizeActivityUnit } from './activities.policy.ts';

export interface CalendarItem {
  kind: 'campaign' | 'report_due' | 'task_due' | 'activity';
  title: string;
  start: string;
  end: string | null;
  link: string | null;
}

export class ActivityCalendarService {
  constructor(private readonly db: Database) {}

  async calendar(actor: Actor, q: { unitId?: number | undefined; year: number }): Promise<CalendarItem[]> {
    const repo = new ActivitiesRepository(this.db);
    let unit: { id: number; provinceId: number } | null = null;
    if (q.unitId !== undefined) {
      const u = await this.db
        .selectFrom('admin_unit')
        .select(['id', 'province_id', 'district_id', 'version'])
        .where('id', '=', q.unitId)
        .executeTakeFirst();
      if (!u || u.version !== '2025') throw new AppError('UNIT_NOT_FOUND');
      unit = { id: u.id, provinceId: u.province_id ?? u.id };
      authorizeActivityUnit(actor, 'read', {
        id: u.id,
        provinceId: unit.provinceId,
        districtId: u.district_id,
      });
    }
    const from = `${q.year}-01-01`;
    const to = `${q.year}-12-31`;
    const items: CalendarItem[] = [];
    for (const c of await repo.campaigns(unit)) {
      const start = c.recurring ? `${q.year}-${c.starts_on}` : c.starts_on;
      const end = c.ends_on ? (c.recurring ? `${q.year}-${c.ends_on}` : c.ends_on) : null;
      if (start.slice(0, 4) === String(q.year))
        items.push({ kind: 'campaign', title: c.name, start, end, link: null });
    }
    if (unit) {
      for (const o of (await new ObligationsRepository(this.db).list([unit.provinceId])).filter(
        (x) => x.is_active,
      ))
        for (const p of duePeriods(
          { frequency: o.frequency, dueDays: o.due_days, startsOn: o.starts_on, endsOn: o.ends_on },
          o.period_type,
          from,
          to,
        ))
          items.push({
            kind: 'report_due',
            title: `${o.title} — ${periodLabel(o.period_type, p.periodStart)}`,
            start: p.dueDate,
            end: null,
            link: '#/reports',
          });
      for (const t of await repo.tasksDue(unit, from, to))
        items.push({
          kind: 'task_due',
          title: t.title,
          start: t.due_date ?? from,
          end: null,
          link: `#/tasks/${t.id}`,
        });
    }
    return items.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  }

  /** The campaigns an activity of the unit may belong to: national days and the unit's (or province's) own. */
  async campaigns(actor: Actor, unitId?: number) {
    let unit: { id: number; provinceId: number } | null = null;
    if (unitId !== undefined) {
      const u = await this.db
        .selectFrom('admin_unit')
        .select(['id', 'province_id', 'district_id'])
        .where('id', '=', unitId)
        .executeTakeFirst();
      if (!u) throw new AppError('UNIT_NOT_FOUND');
      unit = { id: u.id, provinceId: u.province_id ?? u.id };
      authorizeActivityUnit(actor, 'read', {
        id: u.id,
        provinceId: unit.provinceId,
        districtId: u.district_id,
      });
    }
    return (await new ActivitiesRepository(this.db).campaigns(unit)).map((c) => ({
      id: c.id,
      name: c.name,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      recurring: c.recurring,
    }));
  }

  async addCampaign(
    actor: Actor,
    req: { unitId: number; name: string; startsOn: string; endsOn?: string | null | undefined },
  ) {
    const u = await this.db
      .selectFrom('admin_unit')
      .select(['id', 'province_id', 'district_id', 'version'])
      .where('id', '=', req.unitId)
      .executeTakeFirst();
    if (!u || u.version !== '2025') throw new AppError('UNIT_NOT_FOUND');
    const provinceId = u.province_id ?? u.id;
    authorizeActivityUnit(actor, 'write', { id: u.id, provinceId, districtId: u.district_id });
    return new ActivitiesRepository(this.db).insertCampaign({
      unitId: u.id,
      provinceId,
      name: req.name,
      startsOn: req.startsOn,
      endsOn: req.endsOn ?? null,
      by: actor.userId,
    });
  }
}
