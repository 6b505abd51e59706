/** SQL for a case's referrals and notes (follow-ups, plan actions); their words are sealed. */
import type { Database } from '../../core/db/database.ts';
import type { ReferralStatus, Service } from '../../core/db/schema-cases.ts';

export class CaseWorkRepository {
  constructor(private readonly db: Database) {}

  referrals(caseId: number) {
    return this.db
      .selectFrom('referral as r')
      .innerJoin('service_provider as p', 'p.id', 'r.provider_id')
      .select([
        'r.id',
        'r.uid',
        'r.provider_id',
        'p.name as provider_name',
        'r.service',
        'r.status',
        'r.due_on',
        'r.note_enc',
        'r.sent_at',
      ])
      .where('r.case_id', '=', caseId)
      .orderBy('r.sent_at')
      .execute();
  }

  findReferral(caseId: number, id: number) {
    return this.db
      .selectFrom('referral')
      .select(['id', 'status', 'service'])
      .where('case_id', '=', caseId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  provider(id: number) {
    return this.db
      .selectFrom('service_provider')
      .select(['id', 'unit_id', 'province_id', 'covers_province', 'services', 'is_active'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertReferral(v: {
    uid: string;
    caseId: number;
    provinceId: number;
    providerId: number;
    service: Service;
    dueOn: string | null;
    responseDueAt?: Date | null;
    noteEnc: string | null;
    by: number | null;
  }): Promise<number> {
    const r = await this.db
      .insertInto('referral')
      .values({
        uid: v.uid,
        case_id: v.caseId,
        province_id: v.provinceId,
        provider_id: v.providerId,
        service: v.service,
        due_on: v.dueOn,
        response_due_at: v.responseDueAt ?? null,
        note_enc: v.noteEnc,
        sent_by: v.by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async setReferralStatus(id: number, from: ReferralStatus, to: ReferralStatus, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('referral')
      .set({
        status: to,
        updated_at: now,
        ...(to === 'accepted' || to === 'declined' ? { responded_at: now } : {}),
        ...(to === 'completed' ? { completed_at: now } : {}),
      })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  notes(caseId: number) {
    return this.db
      .selectFrom('case_note as n')
      .leftJoin('app_user as u', 'u.id', 'n.created_by')
      .select([
        'n.id',
        'n.uid',
        'n.kind',
        'n.on_date',
        'n.method',
        'n.done',
        'n.text_enc',
        'u.full_name as author_name',
      ])
      .where('n.case_id', '=', caseId)
      .orderBy('n.on_date')
      .orderBy('n.id')
      .execute();
  }

  async insertNote(v: {
    uid: string;
    caseId: number;
    provinceId: number;
    kind: 'follow_up' | 'plan_action';
    onDate: string;
    method: 'visit' | 'phone' | 'meeting' | 'other' | null;
    textEnc: string;
    by: number | null;
  }): Promise<void> {
    await this.db
      .insertInto('case_note')
      .values({
        uid: v.uid,
        case_id: v.caseId,
        province_id: v.provinceId,
        kind: v.kind,
        on_date: v.onDate,
        method: v.method,
        text_enc: v.textEnc,
        created_by: v.by,
      })
      .execute();
  }

  async setNoteDone(caseId: number, id: number, done: boolean): Promise<boolean> {
    const r = await this.db
      .updateTable('case_note')
      .set({ done })
      .where('case_id', '=', caseId)
      .where('id', '=', id)
      .where('kind', '=', 'plan_action')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
