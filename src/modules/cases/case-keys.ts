/**
 * The key ring that seals GBV case data, read once per key file. With the embedded database the
 * file is DATA_DIR/case-keys.json, created on first use; with a PostgreSQL server it must be named
 * (CASE_KEY_FILE) so every instance uses the same keys. Without keys, case routes answer
 * CASE_KEYS_MISSING and the rest of the application works.
 */
import { join } from 'node:path';
import type { Config } from '../../core/config/config.ts';
import type { KeyRing } from '../../core/crypto/field-cipher.ts';
import { KeyFileError, loadOrCreateKeyRing } from '../../core/crypto/key-file.ts';
import { AppError } from '../../core/errors/app-error.ts';

const rings = new Map<string, KeyRing>();

export function caseKeyPath(config: Pick<Config, 'caseKeyFile' | 'dataDir'>): string {
  return config.caseKeyFile ?? join(config.dataDir, 'case-keys.json');
}

export function caseKeyRing(config: Pick<Config, 'caseKeyFile' | 'dataDir' | 'databaseUrl'>): KeyRing {
  const path = caseKeyPath(config);
  const cached = rings.get(path);
  if (cached) return cached;
  try {
    const ring = loadOrCreateKeyRing(path, config.caseKeyFile === undefined && !config.databaseUrl);
    rings.set(path, ring);
    return ring;
  } catch (err) {
    if (err instanceof KeyFileError) throw new AppError('CASE_KEYS_MISSING');
    throw err;
  }
}

/** After a rotation, the next use reads the file again. */
export function forgetCaseKeyRing(path: string): void {
  rings.delete(path);
}
