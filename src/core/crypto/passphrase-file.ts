/**
 * A file sealed with a passphrase, for a case handed to a court or another office: scrypt
 * (N=2^15, r=8, p=1) derives an AES-256-GCM key from the passphrase and a random salt.
 * Layout: "BDX1" | salt (16) | nonce (12) | ciphertext | tag (16). The passphrase travels apart.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const MAGIC = Buffer.from('BDX1');
const derive = (passphrase: string, salt: Buffer) =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });

export function sealFile(passphrase: string, content: Buffer): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(passphrase, salt), iv);
  cipher.setAAD(MAGIC);
  return Buffer.concat([MAGIC, salt, iv, cipher.update(content), cipher.final(), cipher.getAuthTag()]);
}

export function openFile(passphrase: string, file: Buffer): Buffer {
  if (file.length < 48 || !file.subarray(0, 4).equals(MAGIC)) throw new Error('not a binhdang sealed file');
  const salt = file.subarray(4, 20);
  const iv = file.subarray(20, 32);
  const decipher = createDecipheriv('aes-256-gcm', derive(passphrase, salt), iv);
  decipher.setAAD(MAGIC);
  decipher.setAuthTag(file.subarray(file.length - 16));
  try {
    return Buffer.concat([decipher.update(file.subarray(32, file.length - 16)), decipher.final()]);
  } catch {
    throw new Error('wrong passphrase, or the file was changed');
  }
}
