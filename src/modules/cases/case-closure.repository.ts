/** SQL for a case's closure events (request, send back, approve, reopen). */
import type { Insertable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { CaseClosureTable } from '../../core/db/schema-case-path.ts';

export class CaseClosureRepository {
  constructor(private readonly db: Database) {}

  history(caseId: number) {
    return this.db
      .selectFrom('case_closure as e')
      .leftJoin('app_user as u', 'u.id', 'e.by_user')
      .selectAll('e')
      .select('u.full_name as by_name')
      .where('e.case_id', '=', caseId)
      .orderBy('e.id')
      .execute();
  }

  async insert(row: Insertable<CaseClosureTable>): Promise<void> {
    await this.db.insertInto('case_closure').values(row).execute();
  }

  /** Referrals neither completed, declined nor revoked. */
  async openReferrals(caseId: number): Promise<number> {
    const r = await this.db
      .selectFrom('referral')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('case_id', '=', caseId)
      .where('status', 'in', ['sent', 'accepted'])
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
