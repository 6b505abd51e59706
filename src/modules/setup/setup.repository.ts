/** SQL for the one-time setup token (kept as a hash in system_setting). */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';

const KEY = 'setup_token_hash';

export class SetupRepository {
  constructor(private readonly db: Database) {}

  async saveTokenHash(hash: string): Promise<void> {
    await this.db
      .insertInto('system_setting')
      .values({ key: KEY, value: JSON.stringify(hash) })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: JSON.stringify(hash), updated_at: sql`now()` }),
      )
      .execute();
  }

  /** Reads the token hash, locking the row until the transaction ends (one setup wins). */
  async lockTokenHash(): Promise<string | null> {
    const row = await this.db
      .selectFrom('system_setting')
      .select('value')
      .where('key', '=', KEY)
      .forUpdate()
      .executeTakeFirst();
    return typeof row?.value === 'string' ? row.value : null;
  }

  async deleteToken(): Promise<void> {
    await this.db.deleteFrom('system_setting').where('key', '=', KEY).execute();
  }
}
