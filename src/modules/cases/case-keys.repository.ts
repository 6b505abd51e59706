/**
 * SQL for key rotation: every sealed value in the database with the uid it is bound to, read under
 * a row lock (so an edit cannot slip in between reading and re-sealing), and written back.
 * The sealed columns: gbv_case's six `_enc` columns, referral.note_enc, case_note.text_enc and
 * service_provider.private_address_enc.
 */
import type { Database } from '../../core/db/database.ts';
import { SEALED_CASE_FIELDS } from './case-seal.ts';

export type SealedCaseColumn = (typeof SEALED_CASE_FIELDS)[keyof typeof SEALED_CASE_FIELDS];
export const SEALED_CASE_COLUMNS = Object.values(SEALED_CASE_FIELDS);

export class CaseKeysRepository {
  constructor(private readonly db: Database) {}

  cases() {
    return this.db
      .selectFrom('gbv_case')
      .select(['id', 'uid', ...SEALED_CASE_COLUMNS])
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  async setCase(id: number, set: Partial<Record<SealedCaseColumn, string>>): Promise<void> {
    await this.db.updateTable('gbv_case').set(set).where('id', '=', id).execute();
  }

  referralNotes() {
    return this.db
      .selectFrom('referral')
      .select(['id', 'uid', 'note_enc as value'])
      .where('note_enc', 'is not', null)
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  async setReferralNote(id: number, value: string): Promise<void> {
    await this.db.updateTable('referral').set({ note_enc: value }).where('id', '=', id).execute();
  }

  caseNotes() {
    return this.db
      .selectFrom('case_note')
      .select(['id', 'uid', 'text_enc as value'])
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  async setCaseNote(id: number, value: string): Promise<void> {
    await this.db.updateTable('case_note').set({ text_enc: value }).where('id', '=', id).execute();
  }

  /** Sealed details of protective measures (migration 0019). */
  protectionDetails() {
    return this.db
      .selectFrom('case_protection')
      .select(['id', 'uid', 'details_enc as value'])
      .where('details_enc', 'is not', null)
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  async setProtectionDetails(id: number, value: string): Promise<void> {
    await this.db.updateTable('case_protection').set({ details_enc: value }).where('id', '=', id).execute();
  }

  privateAddresses() {
    return this.db
      .selectFrom('service_provider')
      .select(['id', 'uid', 'private_address_enc as value'])
      .where('private_address_enc', 'is not', null)
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  async setPrivateAddress(id: number, value: string): Promise<void> {
    await this.db
      .updateTable('service_provider')
      .set({ private_address_enc: value })
      .where('id', '=', id)
      .execute();
  }
}
