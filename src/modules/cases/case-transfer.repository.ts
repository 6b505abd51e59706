/** SQL for case transfers between communes, domestic-violence acts' counts and protective measures. */
import type { Insertable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { CaseProtectionTable } from '../../core/db/schema-case-transfer.ts';

export class CaseTransferRepository {
  constructor(private readonly db: Database) {}

  pendingFor(caseId: number) {
    return this.db
      .selectFrom('case_transfer')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('status', '=', 'requested')
      .executeTakeFirst();
  }

  /** A transfer with what its receiver is shown: the case's code and clear facts, never a sealed field. */
  findById(id: number) {
    return this.db
      .selectFrom('case_transfer as t')
      .innerJoin('gbv_case as c', 'c.id', 't.case_id')
      .innerJoin('admin_unit as f', 'f.id', 't.from_unit_id')
      .innerJoin('admin_unit as u', 'u.id', 't.to_unit_id')
      .selectAll('t')
      .select([
        'c.code',
        'c.version as case_version',
        'c.status as case_status',
        'c.unit_id as case_unit_id',
        'c.gbv_type',
        'c.risk_level',
        'f.full_name as from_unit_name',
        'u.full_name as to_unit_name',
        'u.district_id as to_district_id',
      ])
      .where('t.id', '=', id)
      .executeTakeFirst();
  }

  /** Transfers waiting for a decision in the given provinces (the service keeps those the caller receives). */
  requestedIn(provinceIds: number[]) {
    if (provinceIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('case_transfer as t')
      .innerJoin('gbv_case as c', 'c.id', 't.case_id')
      .innerJoin('admin_unit as f', 'f.id', 't.from_unit_id')
      .innerJoin('admin_unit as u', 'u.id', 't.to_unit_id')
      .select([
        't.id',
        't.case_id',
        't.province_id',
        't.to_unit_id',
        't.requested_at',
        'c.code',
        'c.gbv_type',
        'c.risk_level',
        'f.full_name as from_unit_name',
        'u.full_name as to_unit_name',
        'u.district_id as to_district_id',
      ])
      .where('t.status', '=', 'requested')
      .where('t.province_id', 'in', provinceIds)
      .orderBy('t.requested_at')
      .execute();
  }

  /** The case's transfers, newest first (shown on the case). */
  forCase(caseId: number) {
    return this.db
      .selectFrom('case_transfer as t')
      .innerJoin('admin_unit as f', 'f.id', 't.from_unit_id')
      .innerJoin('admin_unit as u', 'u.id', 't.to_unit_id')
      .select([
        't.id',
        't.status',
        't.requested_at',
        't.decided_at',
        't.consent_recorded_at',
        'f.full_name as from_unit_name',
        'u.full_name as to_unit_name',
      ])
      .where('t.case_id', '=', caseId)
      .orderBy('t.requested_at', 'desc')
      .orderBy('t.id', 'desc')
      .execute();
  }

  async request(v: {
    caseId: number;
    provinceId: number;
    fromUnitId: number;
    toUnitId: number;
    by: number | null;
    at: Date;
  }): Promise<number> {
    const r = await this.db
      .insertInto('case_transfer')
      .values({
        case_id: v.caseId,
        province_id: v.provinceId,
        from_unit_id: v.fromUnitId,
        to_unit_id: v.toUnitId,
        consent_granted: true,
        consent_recorded_at: v.at,
        requested_by: v.by,
        requested_at: v.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /** Decides a requested transfer; false when it was decided meanwhile. */
  async decide(
    id: number,
    status: 'accepted' | 'declined' | 'cancelled',
    by: number | null,
    at: Date,
    workerId: number | null = null,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('case_transfer')
      .set({ status, decided_by: by, decided_at: at, assigned_worker_id: workerId })
      .where('id', '=', id)
      .where('status', '=', 'requested')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Ends every active assignment on the case (the sending team). */
  async endTeam(caseId: number, at: Date): Promise<number[]> {
    const rows = await this.db
      .updateTable('case_assignment')
      .set({ ended_at: at })
      .where('case_id', '=', caseId)
      .where('ended_at', 'is', null)
      .returning('user_id')
      .execute();
    return rows.map((r) => r.user_id);
  }

  protections(caseId: number) {
    return this.db
      .selectFrom('case_protection as p')
      .leftJoin('app_user as u', 'u.id', 'p.created_by')
      .select([
        'p.id',
        'p.uid',
        'p.kind',
        'p.issuer',
        'p.issued_on',
        'p.starts_on',
        'p.ends_on',
        'p.details_enc',
        'p.created_at',
        'u.full_name as author_name',
      ])
      .where('p.case_id', '=', caseId)
      .orderBy('p.starts_on', 'desc')
      .orderBy('p.id', 'desc')
      .execute();
  }

  async addProtection(row: Insertable<CaseProtectionTable>): Promise<number> {
    const r = await this.db
      .insertInto('case_protection')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }
}
