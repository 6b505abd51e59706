/**
 * A case exported for a court or a transfer: explicit (the supervisor gives a reason), audited and
 * logged on the case, and written as a file sealed with a passphrase that is handed over apart.
 * `binhdang case open-export FILE` reads it back.
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import { sealFile } from '../../core/crypto/passphrase-file.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { authorizeCase } from './cases.policy.ts';
import { CasesRepository } from './cases.repository.ts';
import { CasesService } from './cases.service.ts';

export class CaseExportService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  async export(
    actor: Actor,
    id: number,
    reason: string,
    passphrase: string,
  ): Promise<{ fileName: string; data: Buffer }> {
    const cases = new CasesService(this.db, this.config, this.clock);
    const { row, access } = await cases.load(actor, id);
    authorizeCase(access, 'export');
    const content = await cases.get(actor, id);
    await this.db.transaction().execute(async (tx) => {
      await new CasesRepository(tx).logAccess({
        caseId: id,
        provinceId: row.province_id,
        userId: actor.userId,
        action: 'export',
        reason,
        ip: actor.ip,
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'case.export',
        entityType: 'gbv_case',
        entityId: id,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: { code: row.code },
      });
    });
    const body = {
      format: 'binhdang-case-export/1',
      exportedAt: this.clock.now().toISOString(),
      exportedBy: actor.username,
      reason,
      case: content,
    };
    return {
      fileName: `${row.code}.bdx`,
      data: sealFile(passphrase, Buffer.from(JSON.stringify(body, null, 2), 'utf8')),
    };
  }
}
