/**
 * First-run setup: while there is no user, start-up creates a one-time token (printed on the
 * console, stored hashed) that lets whoever runs the server create the first system administrator.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../core/config/config.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { hashPassword } from '../../core/auth/password.ts';
import { assertPasswordPolicy } from '../../core/auth/password-policy.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { AuthService, hashToken, type ClientInfo, type NewSession } from '../auth/auth.service.ts';
import { UsersRepository } from '../users/users.repository.ts';
import { SetupRepository } from './setup.repository.ts';
import type { TCompleteSetupRequest } from './setup.schema.ts';

export class SetupService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  async needsSetup(): Promise<boolean> {
    return (await new UsersRepository(this.db).count()) === 0;
  }

  /** Returns a fresh setup token when no user exists yet, otherwise null. */
  async issueToken(): Promise<string | null> {
    if (!(await this.needsSetup())) return null;
    const token = randomBytes(18).toString('base64url');
    await new SetupRepository(this.db).saveTokenHash(hashToken(token));
    return token;
  }

  async complete(req: TCompleteSetupRequest, client: ClientInfo): Promise<NewSession> {
    assertPasswordPolicy(req.password, req.username);
    const passwordHash = await hashPassword(req.password);
    return this.db.transaction().execute(async (tx) => {
      const setup = new SetupRepository(tx);
      const stored = await setup.lockTokenHash();
      const users = new UsersRepository(tx);
      if ((await users.count()) > 0) throw new AppError('SETUP_ALREADY_DONE');
      const given = Buffer.from(hashToken(req.token));
      if (!stored || stored.length !== given.length || !timingSafeEqual(Buffer.from(stored), given)) {
        throw new AppError('SETUP_TOKEN_INVALID');
      }
      const user = await users.insert({
        username: req.username,
        fullName: req.fullName,
        passwordHash,
        agencyId: null,
      });
      await users.insertRole({ userId: user.id, role: 'system_admin', unitId: null, provinceId: null });
      await setup.deleteToken();
      const auth = new AuthService(tx, this.config, this.clock);
      const actor = await auth.actorFor(tx, user.id, client);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'setup.complete',
        entityType: 'user',
        entityId: user.id,
        details: { username: user.username },
      });
      return auth.startSession(tx, user.id, client);
    });
  }
}
