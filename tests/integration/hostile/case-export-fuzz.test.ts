/**
 * Hostile case export files (`binhdang case open-export`, core/crypto/passphrase-file.ts): random
 * bytes, truncated and bit-flipped sealed files, wrong passphrases. openFile either returns the
 * whole sealed content or throws one of its two messages — never another exception and never part
 * of the plaintext (GCM is checked before anything is returned) — and the command then writes
 * nothing, prints one line and exits with 1. Each opening runs scrypt (~0.1 s), so the properties
 * that reach it run a few dozen times.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseOpenExportCommand } from '../../../src/cli/case-commands.ts';
import { openFile, sealFile } from '../../../src/core/crypto/passphrase-file.ts';

const PASSPHRASE = 'Tòa án tỉnh — hồ sơ 2026';
const content = Buffer.from(
  JSON.stringify({ format: 'binhdang-case-export/1', case: { survivorName: 'Nguyễn Thị Hoa' } }),
  'utf8',
);
const sealed = sealFile(PASSPHRASE, content);
const NOT_SEALED = 'not a binhdang sealed file';
const CHANGED = 'wrong passphrase, or the file was changed';

/** 'opened' when openFile returned the whole content, else its message; anything else fails. */
function open(passphrase: string, file: Buffer): string {
  let out: Buffer;
  try {
    out = openFile(passphrase, file);
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect([NOT_SEALED, CHANGED]).toContain(message);
    return message;
  }
  expect(out.equals(content)).toBe(true);
  return 'opened';
}

const flipped = (file: Buffer, flips: [number, number][]) => {
  const b = Buffer.from(file);
  for (const [at, bit] of flips) b[at]! ^= 1 << bit;
  return b;
};

describe('openFile on hostile input', () => {
  it('refuses random bytes and short files without running scrypt', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 43 }).map((b) => Buffer.concat([Buffer.from('BDX1'), b])),
        ),
        (bytes) => {
          const file = Buffer.from(bytes);
          fc.pre(file.length < 48 || !file.subarray(0, 4).equals(Buffer.from('BDX1')));
          expect(open(PASSPHRASE, file)).toBe(NOT_SEALED);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses random bytes behind the magic', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 44, maxLength: 300 }), (bytes) => {
        expect(open(PASSPHRASE, Buffer.concat([Buffer.from('BDX1'), bytes]))).toBe(CHANGED);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses every truncated file', () => {
    expect(open(PASSPHRASE, sealed)).toBe('opened');
    fc.assert(
      fc.property(fc.nat(sealed.length - 1), (n) => {
        expect(open(PASSPHRASE, sealed.subarray(0, n))).not.toBe('opened');
      }),
      { numRuns: 15 },
    );
    // one byte short of the tag, and the tag alone missing
    expect(open(PASSPHRASE, sealed.subarray(0, sealed.length - 1))).toBe(CHANGED);
    expect(open(PASSPHRASE, sealed.subarray(0, sealed.length - 16))).toBe(CHANGED);
  });

  it('refuses a flipped bit in the magic, salt, nonce, ciphertext and tag', () => {
    const regions = { magic: 0, salt: 4, nonce: 20, ciphertext: 32, tag: sealed.length - 16 };
    for (const [name, at] of Object.entries(regions))
      expect([name, open(PASSPHRASE, flipped(sealed, [[at + 1, 3]]))]).toEqual([
        name,
        name === 'magic' ? NOT_SEALED : CHANGED,
      ]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(sealed.length - 1), fc.nat(7)), { minLength: 1, maxLength: 3 }),
        (flips) => {
          const file = flipped(sealed, flips);
          fc.pre(!file.equals(sealed)); // two flips of the same bit cancel out
          expect(open(PASSPHRASE, file)).not.toBe('opened');
        },
      ),
      { numRuns: 20 },
    );
  });

  it('refuses every other passphrase; the same words in another Unicode form open it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (p) => {
        fc.pre(p.normalize('NFC') !== PASSPHRASE.normalize('NFC'));
        expect(open(p, sealed)).toBe(CHANGED);
      }),
      { numRuns: 15 },
    );
    for (const p of ['', ' ', PASSPHRASE.toUpperCase(), `${PASSPHRASE} `, PASSPHRASE.slice(0, -1)])
      expect(open(p, sealed)).toBe(CHANGED);
    expect(open(PASSPHRASE.normalize('NFD'), sealed)).toBe('opened');
  });
});

describe('binhdang case open-export on a damaged file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-open-export-'));
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  /** Runs the command in this process; what it printed, wrote and the exit code. */
  function run(file: Buffer, passphrase: string) {
    const path = join(dir, `case-${Math.random().toString(36).slice(2)}.bdx`);
    const out = `${path}.json`;
    writeFileSync(path, file);
    const printed: string[] = [];
    const errors: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => printed.push(String(s)) > 0);
    caseOpenExportCommand(path, { passphrase, out });
    const result = { exitCode: process.exitCode, printed, errors, wrote: existsSync(out), path };
    process.exitCode = undefined;
    return result;
  }

  it.each([
    ['a truncated file', sealed.subarray(0, sealed.length - 5), PASSPHRASE, CHANGED],
    ['a flipped bit', flipped(sealed, [[40, 0]]), PASSPHRASE, CHANGED],
    ['a wrong passphrase', sealed, 'sai-mat-khau', CHANGED],
    ['random bytes', Buffer.from('PK\u0003\u0004 not a sealed file'), PASSPHRASE, NOT_SEALED],
  ])('refuses %s: one line, exit code 1, no file written', (_name, file, passphrase, message) => {
    const r = run(file, passphrase);
    expect(r.exitCode).toBe(1);
    expect(r.printed).toEqual([]);
    expect(r.errors).toEqual([`cannot open ${r.path}: ${message}`]);
    expect(r.wrote).toBe(false);
  });

  it('refuses sealed content that is not JSON without printing any of it', () => {
    const r = run(sealFile(PASSPHRASE, Buffer.from('Nguyễn Thị Hoa, thôn 3 {', 'utf8')), PASSPHRASE);
    expect(r.exitCode).toBe(1);
    expect(r.wrote).toBe(false);
    // JSON.parse's own message quotes the start of the text: the survivor's name was printed
    expect(r.errors).toEqual([`cannot open ${r.path}: the opened content is not a case export (not JSON)`]);
  });

  it('opens the intact file', () => {
    const r = run(sealed, PASSPHRASE);
    expect(r.exitCode).toBeUndefined();
    expect(r.wrote).toBe(true);
  });
});
