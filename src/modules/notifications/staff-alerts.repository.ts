/** SQL for staff alerts: who is told of a change to case staff, the names in the text, the rows. */
import type { Database } from '../../core/db/database.ts';
import type { UnitRef } from '../../core/auth/roles.ts';

export interface StaffAlertRow {
  userId: number;
  subjectKey: string;
  day: string;
  title: string;
  detail: string;
  link: string;
}

export class StaffAlertsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Active users told of a change to case staff at these units (null: nationally): the case
   * supervisors whose role covers one of them — held nationally, or at the unit itself, its
   * district or its province (roleCovers, in SQL) — and the system administrators.
   */
  async watchers(units: readonly (UnitRef | null)[]): Promise<{ supervisors: number[]; admins: number[] }> {
    const covering = [
      ...new Set(
        units.flatMap((u) => (u ? [u.id, u.districtId ?? null, u.provinceId] : [])).filter((x) => x !== null),
      ),
    ];
    const rows = await this.db
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as a', 'a.id', 'r.user_id')
      .select(['r.user_id', 'r.role'])
      .distinct()
      .where('a.is_active', '=', true)
      .where((eb) =>
        eb.or([
          eb('r.role', '=', 'system_admin'),
          eb.and([
            eb('r.role', '=', 'case_supervisor'),
            covering.length
              ? eb.or([eb('r.unit_id', 'is', null), eb('r.unit_id', 'in', covering)])
              : eb('r.unit_id', 'is', null),
          ]),
        ]),
      )
      .orderBy('r.user_id')
      .execute();
    const of = (role: string) => rows.filter((r) => r.role === role).map((r) => r.user_id);
    return { supervisors: of('case_supervisor'), admins: of('system_admin') };
  }

  /** The active users supervising a case (its team's case supervisors). */
  async caseSupervisors(caseId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('case_assignment as s')
      .innerJoin('app_user as a', 'a.id', 's.user_id')
      .select('s.user_id')
      .distinct()
      .where('s.case_id', '=', caseId)
      .where('s.role', '=', 'case_supervisor')
      .where('s.ended_at', 'is', null)
      .where('a.is_active', '=', true)
      .execute();
    return rows.map((r) => r.user_id);
  }

  /** "Full name (username)" of each user, for the alert text. */
  async names(userIds: readonly number[]): Promise<Map<number, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('app_user')
      .select(['id', 'username', 'full_name'])
      .where('id', 'in', [...userIds])
      .execute();
    return new Map(rows.map((r) => [r.id, `${r.full_name} (${r.username})`]));
  }

  async unitNames(unitIds: readonly number[]): Promise<Map<number, string>> {
    if (unitIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('admin_unit')
      .select(['id', 'full_name'])
      .where('id', 'in', [...unitIds])
      .execute();
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  /** Inserts the alerts (kind staff_alert, stage alert); a key already used is skipped. */
  /** Writes the alerts, created at `at` (the clock's instant: the reminders job's windows count from it). */
  async insert(rows: readonly StaffAlertRow[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('notification')
      .values(
        rows.map((r) => ({
          user_id: r.userId,
          kind: 'staff_alert' as const,
          subject_key: r.subjectKey,
          due_date: r.day,
          stage: 'alert' as const,
          title: r.title,
          detail: r.detail,
          link: r.link,
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.constraint('notification_dedupe').doNothing())
      .execute();
  }
}
