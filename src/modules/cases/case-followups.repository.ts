/** SQL for a case's follow-up plan: scheduled follow-ups and their outcomes (notes sealed). */
import type { Database } from '../../core/db/database.ts';
import type { FollowUpOutcome } from '../../core/db/schema-case-path.ts';

export class CaseFollowUpsRepository {
  constructor(private readonly db: Database) {}

  list(caseId: number) {
    return this.db
      .selectFrom('case_follow_up')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('due_on')
      .orderBy('id')
      .execute();
  }

  find(caseId: number, id: number) {
    return this.db
      .selectFrom('case_follow_up')
      .select(['id', 'uid', 'outcome'])
      .where('case_id', '=', caseId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insert(
    rows: readonly { uid: string; caseId: number; provinceId: number; dueOn: string; by: number | null }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('case_follow_up')
      .values(
        rows.map((r) => ({
          uid: r.uid,
          case_id: r.caseId,
          province_id: r.provinceId,
          due_on: r.dueOn,
          created_by: r.by,
        })),
      )
      .execute();
  }

  async update(
    caseId: number,
    id: number,
    set: {
      due_on?: string;
      outcome?: FollowUpOutcome;
      done_on?: string;
      note_enc?: string | null;
      recorded_by?: number | null;
    },
    now: Date,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('case_follow_up')
      .set({ ...set, updated_at: now })
      .where('case_id', '=', caseId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
