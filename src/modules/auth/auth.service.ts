/**
 * Sign-in, sessions and the signed-in actor. Session tokens are random, stored only as SHA-256
 * hashes; sign-in attempts are counted in the database, before the password is checked, so the limit holds
 * for parallel attempts and across app instances.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../core/config/config.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/roles.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/password.ts';
import { assertPasswordPolicy } from '../../core/auth/password-policy.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { UsersRepository } from '../users/users.repository.ts';
import { AuthRepository } from './auth.repository.ts';
import type { TMe } from './auth.schema.ts';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  requestId: string | null;
  /** A refresh the browser makes by itself (the bell): it does not keep an idle session alive. */
  background?: boolean;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  user: TMe;
}

type ActorRole = Actor['roles'][number];

function actorOf(user: { id: number; username: string }, roles: ActorRole[], client: ClientInfo): Actor {
  return {
    userId: user.id,
    username: user.username,
    roles: roles.map(({ id, role, unitId, unitLevel, provinceId }) => ({
      id,
      role,
      unitId,
      unitLevel,
      provinceId,
    })),
    ip: client.ip,
    userAgent: client.userAgent,
    requestId: client.requestId,
  };
}

export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  /**
   * Reserves one attempt for this username before any password is checked, or refuses when this
   * username or this IP has failed too often within the window. The count and the reservation are
   * one transaction under the IP's lock and the username's, so parallel attempts, on any app
   * instance sharing the database, are each counted before the check: at most `loginMaxFailures`
   * are checked per username, and at most `loginMaxFailures` × 4 per IP, whatever the usernames. The
   * reserved attempt counts as failed unless released (a right password). Its id.
   */
  private async reserveAttempt(username: string, client: ClientInfo): Promise<number> {
    const now = this.clock.now();
    return this.db.transaction().execute(async (tx) => {
      const repo = new AuthRepository(tx);
      await repo.lockAttempts(username, client.ip);
      const failures = await repo.recentFailures(username, client.ip, this.config.loginWindowMinutes, now);
      if (
        failures.byUser >= this.config.loginMaxFailures ||
        failures.byIp >= this.config.loginMaxFailures * 4
      ) {
        throw new AppError('TOO_MANY_LOGIN_ATTEMPTS');
      }
      return repo.recordFailedLogin(username, client.ip, now);
    });
  }

  /**
   * Signs in with a fresh session. `previousToken` (the cookie the browser sent, if any) is ended:
   * a session is never adopted or kept across a sign-in (fixation).
   */
  async login(
    username: string,
    password: string,
    client: ClientInfo,
    previousToken?: string,
  ): Promise<NewSession> {
    const attempt = await this.reserveAttempt(username, client);
    const user = await new UsersRepository(this.db).findByUsername(username);
    const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    // a wrong password leaves its reserved attempt counted as failed
    if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
    if (!user.is_active) {
      await new AuthRepository(this.db).releaseAttempt(attempt);
      throw new AppError('ACCOUNT_DISABLED');
    }
    return this.db.transaction().execute(async (tx) => {
      const session = await this.startSession(tx, user.id, client);
      const txAuth = new AuthRepository(tx);
      if (previousToken) await txAuth.deleteSession(hashToken(previousToken));
      await txAuth.clearFailedLogins(username);
      await txAuth.purgeStale(this.clock.now());
      const actor = await this.actorFor(tx, user.id, client);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      });
      return session;
    });
  }

  /** Creates a session for a user (inside the caller's transaction). */
  async startSession(db: Database, userId: number, client: ClientInfo): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3600_000);
    await new AuthRepository(db).insertSession({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      expiresAt,
      now,
      ip: client.ip,
      userAgent: client.userAgent,
    });
    return { token, csrfToken, user: await this.me(db, userId) };
  }

  /**
   * A user's own password change: the current password is checked (failures count as failed
   * sign-ins, so a stolen session cannot guess it), the new one must follow the policy; every
   * session of the user ends and the caller gets a new one.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<NewSession> {
    if (actor.userId === null) throw new AppError('AUTH_REQUIRED');
    const userId = actor.userId;
    const attempt = await this.reserveAttempt(actor.username, client);
    const user = await new UsersRepository(this.db).findById(userId);
    if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
      throw new AppError('CURRENT_PASSWORD_WRONG');
    }
    await new AuthRepository(this.db).releaseAttempt(attempt);
    assertPasswordPolicy(newPassword, user.username, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return this.db.transaction().execute(async (tx) => {
      await new UsersRepository(tx).update(userId, { passwordHash });
      await new AuthRepository(tx).deleteSessionsOfUser(userId);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'auth.password.change',
        entityType: 'user',
        entityId: userId,
      });
      return this.startSession(tx, userId, client);
    });
  }

  async logout(token: string, actor: Actor): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await new AuthRepository(tx).deleteSession(hashToken(token));
      await new AuditLogRepository(tx).insert(actor, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: actor.userId,
      });
    });
  }

  /** The actor behind a session token, or null when the session is unknown, expired or disabled. */
  async resolveSession(
    token: string,
    client: ClientInfo,
  ): Promise<{ actor: Actor; csrfToken: string } | null> {
    const repo = new AuthRepository(this.db);
    const now = this.clock.now();
    const session = await repo.findLiveSession(hashToken(token), now);
    if (!session || !session.is_active) return null;
    // last_seen_at moves at most once a minute (one write per user per minute, not per request)
    const idle = now.getTime() - new Date(session.last_seen_at).getTime();
    if (idle > this.config.sessionIdleMinutes * 60_000) {
      await repo.deleteSession(session.token_hash);
      return null;
    }
    if (idle > 60_000 && !client.background) await repo.touchSession(session.token_hash, now);
    // The session row carries the username and the roles: one query per request.
    const user = { id: session.user_id, username: session.username };
    return { actor: actorOf(user, session.roles as ActorRole[], client), csrfToken: session.csrf_token };
  }

  async actorFor(db: Database, userId: number, client: ClientInfo): Promise<Actor> {
    const users = new UsersRepository(db);
    const user = await users.findById(userId);
    if (!user) throw new AppError('AUTH_REQUIRED');
    return actorOf(user, await users.rolesOf([userId]), client);
  }

  async me(db: Database, userId: number): Promise<TMe> {
    const users = new UsersRepository(db);
    const user = await users.findById(userId);
    if (!user) throw new AppError('AUTH_REQUIRED');
    const roles = await users.rolesOf([userId]);
    return {
      id: user.id,
      username: user.username,
      fullName: user.full_name,
      agencyId: user.agency_id,
      roles: roles.map((r) => ({ id: r.id, role: r.role, unitId: r.unitId, unitName: r.unitName })),
    };
  }
}
