/** SQL for rapid reports: only their anonymised payload is ever read by the receiving unit. */
import type { Database } from '../../core/db/database.ts';

export class RapidReportsRepository {
  constructor(private readonly db: Database) {}

  async insert(v: {
    caseId: number;
    fromUnitId: number;
    toUnitId: number;
    provinceId: number;
    payload: unknown;
    sentBy: number | null;
  }): Promise<number> {
    const r = await this.db
      .insertInto('rapid_report')
      .values({
        case_id: v.caseId,
        from_unit_id: v.fromUnitId,
        to_unit_id: v.toUnitId,
        province_id: v.provinceId,
        payload: JSON.stringify(v.payload),
        sent_by: v.sentBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /** The inbox of the receiving units (never the case id). */
  inbox(toUnitIds: number[] | null) {
    let q = this.db
      .selectFrom('rapid_report as r')
      .innerJoin('admin_unit as f', 'f.id', 'r.from_unit_id')
      .leftJoin('app_user as a', 'a.id', 'r.acknowledged_by')
      .select([
        'r.id',
        'r.to_unit_id',
        'f.full_name as from_unit_name',
        'r.payload',
        'r.sent_at',
        'r.acknowledged_at',
        'a.full_name as acknowledged_by_name',
      ]);
    if (toUnitIds !== null) {
      if (toUnitIds.length === 0) return Promise.resolve([]);
      q = q.where('r.to_unit_id', 'in', toUnitIds);
    }
    return q.orderBy('r.sent_at', 'desc').limit(500).execute();
  }

  findById(id: number) {
    return this.db
      .selectFrom('rapid_report')
      .select(['id', 'to_unit_id', 'acknowledged_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  sentFor(caseId: number) {
    return this.db
      .selectFrom('rapid_report')
      .select(['id', 'sent_at'])
      .where('case_id', '=', caseId)
      .execute();
  }

  async acknowledge(id: number, userId: number | null, at: Date): Promise<void> {
    await this.db
      .updateTable('rapid_report')
      .set({ acknowledged_by: userId, acknowledged_at: at })
      .where('id', '=', id)
      .where('acknowledged_at', 'is', null)
      .execute();
  }
}
