/** SQL for GBV cases: the case row, its team, consents, access log and break-glass grants. */
import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { ConsentPurpose, GbvCaseTable } from '../../core/db/schema-cases.ts';

export class CasesRepository {
  constructor(private readonly db: Database) {}

  /** A unit a case is recorded at, transferred to or counted for. */
  unit(id: number) {
    return this.db
      .selectFrom('admin_unit')
      .select(['id', 'code', 'level', 'version', 'full_name', 'province_id', 'district_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  findById(id: number) {
    return this.db
      .selectFrom('gbv_case as c')
      .innerJoin('admin_unit as u', 'u.id', 'c.unit_id')
      .leftJoin('admin_unit as iu', 'iu.id', 'c.incident_unit_id')
      .selectAll('c')
      .select([
        'u.full_name as unit_name',
        'u.district_id as unit_district_id',
        'iu.full_name as incident_unit_name',
      ])
      .where('c.id', '=', id)
      .executeTakeFirst();
  }

  /** The caller's assignment on the case and whether a break-glass grant is in force. */
  /** The user's assignment and whether a break-glass grant is open at `now`. */
  async access(caseId: number, userId: number | null, now: Date) {
    if (userId === null) return { assigned: null, grant: false };
    const a = await this.db
      .selectFrom('case_assignment')
      .select('role')
      .where('case_id', '=', caseId)
      .where('user_id', '=', userId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    const g = await this.db
      .selectFrom('case_grant')
      .select('id')
      .where('case_id', '=', caseId)
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return { assigned: a?.role ?? null, grant: g !== undefined };
  }

  /** The cases the user is assigned to, with their overdue referrals. */
  listForUser(userId: number, today: string, status?: 'open' | 'closed') {
    let q = this.db
      .selectFrom('case_assignment as a')
      .innerJoin('gbv_case as c', 'c.id', 'a.case_id')
      .innerJoin('admin_unit as u', 'u.id', 'c.unit_id')
      .select([
        'c.id',
        'c.code',
        'c.pseudonym',
        'c.unit_id',
        'c.province_id',
        'u.district_id as unit_district_id',
        'u.full_name as unit_name',
        'c.status',
        'c.gbv_type',
        'c.risk_level',
        'c.detected_on',
        'a.role',
        sql<number>`(select count(*)::int from referral r where r.case_id = c.id
          and r.status in ('sent', 'accepted') and r.due_on < ${today}::date)`.as('overdue'),
      ])
      .where('a.user_id', '=', userId)
      .where('a.ended_at', 'is', null);
    if (status) q = q.where('c.status', '=', status);
    return q.orderBy('c.detected_on', 'desc').orderBy('c.id', 'desc').limit(500).execute();
  }

  async insert(row: Insertable<GbvCaseTable>): Promise<number> {
    const r = await this.db.insertInto('gbv_case').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: number, version: number, set: Updateable<GbvCaseTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('gbv_case')
      .set({ ...set, version: version + 1, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Cases recorded in a province this year (for the next sequential code). */
  async countInYear(provinceId: number, year: number): Promise<number> {
    const r = await this.db
      .selectFrom('gbv_case')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('province_id', '=', provinceId)
      .where('code', 'like', `%-${year}-%`)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  team(caseId: number) {
    return this.db
      .selectFrom('case_assignment as a')
      .innerJoin('app_user as u', 'u.id', 'a.user_id')
      .select(['a.user_id', 'u.full_name', 'a.role'])
      .where('a.case_id', '=', caseId)
      .where('a.ended_at', 'is', null)
      .orderBy('a.role', 'desc')
      .orderBy('u.full_name')
      .execute();
  }

  async assign(v: {
    caseId: number;
    provinceId: number;
    userId: number;
    role: 'case_worker' | 'case_supervisor';
    by: number | null;
  }) {
    await this.db
      .insertInto('case_assignment')
      .values({
        case_id: v.caseId,
        province_id: v.provinceId,
        user_id: v.userId,
        role: v.role,
        assigned_by: v.by,
      })
      .execute();
  }

  async endAssignment(caseId: number, userId: number, at: Date): Promise<void> {
    await this.db
      .updateTable('case_assignment')
      .set({ ended_at: at })
      .where('case_id', '=', caseId)
      .where('user_id', '=', userId)
      .where('ended_at', 'is', null)
      .execute();
  }

  /** Users holding `role` at the unit or at its province (they cover it), active. */
  candidates(unit: { id: number; provinceId: number }, role: 'case_worker' | 'case_supervisor') {
    return this.db
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.full_name'])
      .distinct()
      .where('r.role', '=', role)
      .where('u.is_active', '=', true)
      .where('r.unit_id', 'in', [unit.id, unit.provinceId])
      .orderBy('u.full_name')
      .execute();
  }

  /** The consent in force for each purpose (the latest record). */
  consents(caseId: number) {
    return this.db
      .selectFrom('case_consent')
      .select(['purpose', 'granted', 'recorded_at'])
      .distinctOn('purpose')
      .where('case_id', '=', caseId)
      .orderBy('purpose')
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  async hasConsent(caseId: number, purpose: ConsentPurpose): Promise<boolean> {
    const latest = await this.db
      .selectFrom('case_consent')
      .select('granted')
      .where('case_id', '=', caseId)
      .where('purpose', '=', purpose)
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return latest?.granted === true;
  }

  async addConsents(
    caseId: number,
    provinceId: number,
    by: number | null,
    consents: { purpose: ConsentPurpose; granted: boolean }[],
  ): Promise<void> {
    if (consents.length === 0) return;
    await this.db
      .insertInto('case_consent')
      .values(
        consents.map((c) => ({
          case_id: caseId,
          province_id: provinceId,
          purpose: c.purpose,
          granted: c.granted,
          recorded_by: by,
        })),
      )
      .execute();
  }

  async logAccess(v: {
    caseId: number;
    provinceId: number;
    userId: number | null;
    action: 'view' | 'export' | 'break_glass';
    reason?: string | null;
    ip: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('case_access')
      .values({
        case_id: v.caseId,
        province_id: v.provinceId,
        user_id: v.userId,
        action: v.action,
        reason: v.reason ?? null,
        ip: v.ip,
      })
      .execute();
  }

  accessLog(caseId: number) {
    return this.db
      .selectFrom('case_access as a')
      .leftJoin('app_user as u', 'u.id', 'a.user_id')
      .select(['a.at', 'u.full_name', 'a.action', 'a.reason'])
      .where('a.case_id', '=', caseId)
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(200)
      .execute();
  }

  async grant(caseId: number, userId: number, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('case_grant')
      .values({ case_id: caseId, user_id: userId, expires_at: expiresAt })
      .execute();
  }

  async alert(v: {
    caseId: number;
    provinceId: number;
    userId: number | null;
    reason: string;
  }): Promise<void> {
    await this.db
      .insertInto('case_alert')
      .values({
        case_id: v.caseId,
        province_id: v.provinceId,
        kind: 'break_glass',
        user_id: v.userId,
        reason: v.reason,
      })
      .execute();
  }
}
