import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CipherError, keyIdOf, newKey, open, seal, type KeyRing } from './field-cipher.ts';
import { loadOrCreateKeyRing, readKeyRing, rotateKeyFile } from './key-file.ts';

const ring: KeyRing = { current: 'k1', keys: new Map([['k1', newKey()]]) };

describe('field encryption', () => {
  it('opens what it sealed, for any text, and never shows the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const sealed = seal(ring, text, 'gbv_case.survivor_name.u1');
        expect(open(ring, sealed, 'gbv_case.survivor_name.u1')).toBe(text);
        if (text.length > 3) expect(sealed).not.toContain(text);
      }),
    );
  });

  it('gives a new ciphertext each time', () => {
    expect(seal(ring, 'Nguyễn Thị Hoa', 'c')).not.toBe(seal(ring, 'Nguyễn Thị Hoa', 'c'));
  });

  it('refuses a value moved to another row or column, or tampered with', () => {
    const sealed = seal(ring, 'Nguyễn Thị Hoa', 'gbv_case.survivor_name.u1');
    expect(() => open(ring, sealed, 'gbv_case.survivor_name.u2')).toThrow(CipherError);
    expect(() => open(ring, sealed, 'gbv_case.survivor_contact.u1')).toThrow(CipherError);
    const tampered = sealed.slice(0, -3) + (sealed.endsWith('A') ? 'BBB' : 'AAA');
    expect(() => open(ring, tampered, 'gbv_case.survivor_name.u1')).toThrow(CipherError);
    const other: KeyRing = { current: 'k1', keys: new Map([['k1', newKey()]]) };
    expect(() => open(other, sealed, 'gbv_case.survivor_name.u1')).toThrow(CipherError);
  });

  it('keeps a key file private, rotates it and still opens old values', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bd-keys-')), 'case-keys.json');
    expect(() => loadOrCreateKeyRing(path, false)).toThrow(/CASE_KEY_FILE/);
    const first = loadOrCreateKeyRing(path, true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const old = seal(first, 'Hoa', 'x');
    const rotated = rotateKeyFile(path);
    expect(rotated.current).toBe('k2');
    expect(keyIdOf(seal(rotated, 'Hoa', 'x'))).toBe('k2');
    expect(open(readKeyRing(path), old, 'x')).toBe('Hoa');
  });
});
