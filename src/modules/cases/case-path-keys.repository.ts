/** SQL for re-sealing the case path's sealed values (closure comments, follow-up notes) at key rotation. */
import type { Database } from '../../core/db/database.ts';

export class CasePathKeysRepository {
  constructor(private readonly db: Database) {}

  closureTexts() {
    return this.db
      .selectFrom('case_closure')
      .select(['id', 'uid', 'text_enc as value'])
      .where('text_enc', 'is not', null)
      .orderBy('id')
      .execute();
  }

  async setClosureText(id: number, value: string): Promise<void> {
    await this.db.updateTable('case_closure').set({ text_enc: value }).where('id', '=', id).execute();
  }

  followUpNotes() {
    return this.db
      .selectFrom('case_follow_up')
      .select(['id', 'uid', 'note_enc as value'])
      .where('note_enc', 'is not', null)
      .orderBy('id')
      .execute();
  }

  async setFollowUpNote(id: number, value: string): Promise<void> {
    await this.db.updateTable('case_follow_up').set({ note_enc: value }).where('id', '=', id).execute();
  }
}
