/**
 * Rotating the key that seals GBV case data (`binhdang case rotate-key`): a new key is added to the
 * key file and made current, then every sealed value in the database is opened and sealed again
 * with it, in one transaction, so nothing current depends on an old key any more. The old keys stay
 * in the file: older backups need them. A server already running keeps its key ring in memory: it
 * still opens everything (the old keys remain) and seals with the new key once restarted.
 */
import type { Actor } from '../../core/auth/roles.ts';
import { isSystemAdmin } from '../../core/auth/scope.ts';
import type { Config } from '../../core/config/config.ts';
import { CipherError, keyIdOf, open, seal, type KeyRing } from '../../core/crypto/field-cipher.ts';
import { rotateKeyFile } from '../../core/crypto/key-file.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { privateAddressContext } from '../service-providers/service-providers.presenter.ts';
import { CasePathKeysRepository } from './case-path-keys.repository.ts';
import { caseKeyPath, caseKeyRing, forgetCaseKeyRing } from './case-keys.ts';
import { CaseKeysRepository, SEALED_CASE_COLUMNS, type SealedCaseColumn } from './case-keys.repository.ts';
import { caseContext } from './case-seal.ts';

/** Where the other sealed values are bound (as case-work.service.ts and cases.service.ts seal them). */
const referralNoteContext = (uid: string) => `referral.note.${uid}`;
const caseNoteContext = (uid: string) => `case_note.text.${uid}`;
const protectionContext = (uid: string) => `case_protection.details.${uid}`; // as case-protection.service.ts seals

export interface KeyRotation {
  keyFile: string;
  /** The new current key. */
  keyId: string;
  /** Every key kept in the file. */
  keyIds: string[];
  resealed: number;
  byTable: {
    gbv_case: number;
    referral: number;
    case_note: number;
    service_provider: number;
    case_protection: number;
    case_closure: number;
    case_follow_up: number;
  };
}

export class KeyRotationService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
  ) {}

  async rotate(actor: Actor): Promise<KeyRotation> {
    if (!isSystemAdmin(actor)) throw new AppError('FORBIDDEN');
    caseKeyRing(this.config); // the file must exist (with the embedded database it is created now)
    const keyFile = caseKeyPath(this.config);
    const ring = rotateKeyFile(keyFile);
    forgetCaseKeyRing(keyFile);
    const byTable = await this.db.transaction().execute(async (tx) => {
      const repo = new CaseKeysRepository(tx);
      const counts: KeyRotation['byTable'] = {
        gbv_case: 0,
        referral: 0,
        case_note: 0,
        service_provider: 0,
        case_protection: 0,
        case_closure: 0,
        case_follow_up: 0,
      };
      for (const row of await repo.cases()) {
        const set: Partial<Record<SealedCaseColumn, string>> = {};
        for (const column of SEALED_CASE_COLUMNS) {
          const next = reseal(ring, row[column], caseContext(column, row.uid), `gbv_case ${row.id}`);
          if (next !== null) set[column] = next;
        }
        const n = Object.keys(set).length;
        if (n > 0) await repo.setCase(row.id, set);
        counts.gbv_case += n;
      }
      const each = async (
        table: Exclude<keyof KeyRotation['byTable'], 'gbv_case'>,
        rows: { id: number; uid: string; value: string | null }[],
        context: (uid: string) => string,
        write: (id: number, value: string) => Promise<void>,
      ) => {
        for (const r of rows) {
          const next = reseal(ring, r.value, context(r.uid), `${table} ${r.id}`);
          if (next === null) continue;
          await write(r.id, next);
          counts[table]++;
        }
      };
      await each('referral', await repo.referralNotes(), referralNoteContext, (id, v) =>
        repo.setReferralNote(id, v),
      );
      await each('case_note', await repo.caseNotes(), caseNoteContext, (id, v) => repo.setCaseNote(id, v));
      await each('service_provider', await repo.privateAddresses(), privateAddressContext, (id, v) =>
        repo.setPrivateAddress(id, v),
      );
      await each('case_protection', await repo.protectionDetails(), protectionContext, (id, v) =>
        repo.setProtectionDetails(id, v),
      );
      const path = new CasePathKeysRepository(tx);
      await each(
        'case_closure',
        await path.closureTexts(),
        (uid) => `case_closure.text.${uid}`,
        (id, v) => path.setClosureText(id, v),
      );
      await each(
        'case_follow_up',
        await path.followUpNotes(),
        (uid) => `case_follow_up.note.${uid}`,
        (id, v) => path.setFollowUpNote(id, v),
      );
      const resealed = Object.values(counts).reduce((a, b) => a + b, 0);
      await new AuditLogRepository(tx).insert(actor, {
        action: 'case.keys.rotate',
        entityType: 'case_keys',
        entityId: null,
        details: { resealed, ...counts },
      });
      return counts;
    });
    return {
      keyFile,
      keyId: ring.current,
      keyIds: [...ring.keys.keys()],
      resealed: Object.values(byTable).reduce((a, b) => a + b, 0),
      byTable,
    };
  }
}

/** The value sealed again with the current key; null when there is none or it already is. */
function reseal(ring: KeyRing, value: string | null, context: string, where: string): string | null {
  if (value === null || keyIdOf(value) === ring.current) return null;
  try {
    return seal(ring, open(ring, value, context), context);
  } catch (err) {
    if (err instanceof CipherError) throw new CipherError(`${where}: ${err.message}; nothing was re-sealed`);
    throw err;
  }
}
