/**
 * SQL for sessions and failed sign-in attempts (both in the database: app servers stay stateless).
 * Every instant compared with comes from the application's clock (`now`), not the database's.
 */
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../../core/db/database.ts';

/** The advisory-lock key spaces of sign-in attempts ("bd" + 1: per username, "bd" + 2: per IP). */
const ATTEMPT_LOCK_SPACE = 0x6264_0001;
const IP_ATTEMPT_LOCK_SPACE = 0x6264_0002;
const attemptName = (username: string) => username.toLowerCase().slice(0, 100);

export class AuthRepository {
  constructor(private readonly db: Database) {}

  async insertSession(s: {
    tokenHash: string;
    userId: number;
    csrfToken: string;
    expiresAt: Date;
    now: Date;
    ip: string | null;
    userAgent: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('user_session')
      .values({
        token_hash: s.tokenHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        expires_at: s.expiresAt,
        created_at: s.now,
        last_seen_at: s.now,
        ip: s.ip,
        user_agent: s.userAgent,
      })
      .execute();
  }

  findLiveSession(tokenHash: string, now: Date) {
    return (
      this.db
        .selectFrom('user_session as s')
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .select(['s.token_hash', 's.user_id', 's.csrf_token', 's.last_seen_at', 'u.username', 'u.is_active'])
        // The user's roles come in the same query: this runs on every API request.
        .select((eb) =>
          jsonArrayFrom(
            eb
              .selectFrom('role_assignment as r')
              .leftJoin('admin_unit as au', 'au.id', 'r.unit_id')
              .select([
                'r.id',
                'r.role',
                'r.unit_id as unitId',
                'au.level as unitLevel',
                'au.province_id as provinceId',
              ])
              .whereRef('r.user_id', '=', 's.user_id')
              .orderBy('r.id'),
          ).as('roles'),
        )
        .where('s.token_hash', '=', tokenHash)
        .where('s.expires_at', '>', now)
        .executeTakeFirst()
    );
  }

  async touchSession(tokenHash: string, now: Date): Promise<void> {
    await this.db
      .updateTable('user_session')
      .set({ last_seen_at: now })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
  }

  async deleteSessionsOfUser(userId: number): Promise<void> {
    await this.db.deleteFrom('user_session').where('user_id', '=', userId).execute();
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.deleteFrom('user_session').where('expires_at', '<=', now).execute();
  }

  /** Housekeeping: expired sessions and failed sign-ins older than a day. */
  async purgeStale(now: Date): Promise<void> {
    await this.deleteExpiredSessions(now);
    await this.db
      .deleteFrom('login_attempt')
      .where('at', '<', new Date(now.getTime() - 86_400_000))
      .execute();
  }

  /**
   * Holds, until the caller's transaction ends, the locks of the sign-in attempts from this IP and
   * of this username's: the counts and the reservation of an attempt (auth.service.ts
   * `reserveAttempt`) are one step for every app instance on the database, so neither the per-user
   * nor the per-IP limit can be overrun by parallel attempts. Always the IP's lock first, then the
   * username's (one order: no deadlock); each in a key space of its own (two int4 keys), so an IP
   * and a username never share a lock.
   */
  async lockAttempts(username: string, ip: string): Promise<void> {
    await sql`select pg_advisory_xact_lock(${IP_ATTEMPT_LOCK_SPACE}, hashtext(${ip}))`.execute(this.db);
    await sql`select pg_advisory_xact_lock(${ATTEMPT_LOCK_SPACE}, hashtext(${attemptName(username)}))`.execute(
      this.db,
    );
  }

  /** Records an attempt (counted as failed until released); its id. */
  async recordFailedLogin(username: string, ip: string, now: Date): Promise<number> {
    const row = await this.db
      .insertInto('login_attempt')
      .values({ username: attemptName(username), ip, at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Releases a reserved attempt whose password was right. */
  async releaseAttempt(id: number): Promise<void> {
    await this.db.deleteFrom('login_attempt').where('id', '=', id).execute();
  }

  async clearFailedLogins(username: string): Promise<void> {
    await this.db
      .deleteFrom('login_attempt')
      .where(sql<string>`lower(username)`, '=', username.toLowerCase())
      .execute();
  }

  /** Failed sign-ins within the window for this username, and (separately) from this IP. */
  async recentFailures(
    username: string,
    ip: string,
    windowMinutes: number,
    now: Date,
  ): Promise<{ byUser: number; byIp: number }> {
    const since = new Date(now.getTime() - windowMinutes * 60_000);
    const row = await this.db
      .selectFrom('login_attempt')
      .select([
        sql<string>`count(*) filter (where lower(username) = ${username.toLowerCase()})`.as('by_user'),
        sql<string>`count(*) filter (where ip = ${ip})`.as('by_ip'),
      ])
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    return { byUser: Number(row.by_user), byIp: Number(row.by_ip) };
  }
}
