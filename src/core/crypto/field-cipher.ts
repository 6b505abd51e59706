/**
 * Encryption of identifying fields at rest (AES-256-GCM). Every value is sealed with the current key
 * of a key ring held outside the database (a key file), with a fresh 96-bit nonce, and bound to
 * where it belongs (table, column, record uid) as additional data, so a ciphertext copied to another
 * row or column does not open. Format: `bd1.<key id>.<nonce>.<ciphertext+tag>` (base64url).
 * The database alone reveals nothing identifying; the key file must be kept (and backed up) apart.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface KeyRing {
  /** The id of the key new values are sealed with. */
  current: string;
  keys: ReadonlyMap<string, Buffer>;
}

export class CipherError extends Error {}

const PREFIX = 'bd1';
const b64 = (b: Buffer) => b.toString('base64url');

export function newKey(): Buffer {
  return randomBytes(32);
}

export function seal(ring: KeyRing, plaintext: string, context: string): string {
  const key = ring.keys.get(ring.current);
  if (!key) throw new CipherError(`the current key ${ring.current} is missing`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${PREFIX}.${ring.current}.${b64(iv)}.${b64(body)}`;
}

export function open(ring: KeyRing, sealed: string, context: string): string {
  const [prefix, kid, iv, body] = sealed.split('.');
  if (prefix !== PREFIX || !kid || !iv || !body) throw new CipherError('not a sealed value');
  const key = ring.keys.get(kid);
  if (!key) throw new CipherError(`key ${kid} is not in the key ring`);
  const data = Buffer.from(body, 'base64url');
  if (data.length < 16) throw new CipherError('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  try {
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new CipherError('the value does not open with its key and place (tampered or moved)');
  }
}

/** The key id a sealed value was made with (for rotation). */
export function keyIdOf(sealed: string): string | null {
  const [prefix, kid] = sealed.split('.');
  return prefix === PREFIX && kid ? kid : null;
}

export const sealOrNull = (ring: KeyRing, v: string | null | undefined, context: string) =>
  v === null || v === undefined || v === '' ? null : seal(ring, v, context);
export const openOrNull = (ring: KeyRing, v: string | null, context: string) =>
  v === null ? null : open(ring, v, context);
