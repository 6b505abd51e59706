/**
 * The key ring's file: `{ "current": "k1", "keys": { "k1": "<base64 of 32 bytes>" } }`, readable by
 * the server's user only. With the embedded database a missing file is created on first use (in
 * DATA_DIR); with a PostgreSQL server it must be given (CASE_KEY_FILE), the same for every instance.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { newKey, type KeyRing } from './field-cipher.ts';

export class KeyFileError extends Error {}

interface KeyFile {
  current: string;
  keys: Record<string, string>;
}

export function readKeyRing(path: string): KeyRing {
  let file: KeyFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  } catch (err) {
    throw new KeyFileError(`cannot read the case key file ${path}: ${(err as Error).message}`);
  }
  const keys = new Map<string, Buffer>();
  for (const [kid, b64] of Object.entries(file.keys ?? {})) {
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32 || !/^[A-Za-z0-9_-]{1,32}$/.test(kid))
      throw new KeyFileError(`case key file ${path}: key ${kid} is not a 32-byte key with a short id`);
    keys.set(kid, key);
  }
  if (!keys.has(file.current)) throw new KeyFileError(`case key file ${path}: the current key is missing`);
  return { current: file.current, keys };
}

export function writeKeyRing(path: string, ring: KeyRing): void {
  mkdirSync(dirname(path), { recursive: true });
  const body: KeyFile = {
    current: ring.current,
    keys: Object.fromEntries([...ring.keys].map(([k, v]) => [k, v.toString('base64')])),
  };
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

/** Reads the ring, creating a file with one new key when allowed and absent. */
export function loadOrCreateKeyRing(path: string, create: boolean): KeyRing {
  if (!existsSync(path)) {
    if (!create)
      throw new KeyFileError(
        `no case key file at ${path}: set CASE_KEY_FILE to the key file shared by every instance (see docs/CASES.md)`,
      );
    writeKeyRing(path, { current: 'k1', keys: new Map([['k1', newKey()]]) });
  }
  return readKeyRing(path);
}

/** Adds a new key and makes it current; the old keys stay to open older values and backups. */
export function rotateKeyFile(path: string): KeyRing {
  const ring = readKeyRing(path);
  let n = ring.keys.size + 1;
  while (ring.keys.has(`k${n}`)) n++;
  const next: KeyRing = { current: `k${n}`, keys: new Map([...ring.keys, [`k${n}`, newKey()]]) };
  writeKeyRing(path, next);
  return next;
}
