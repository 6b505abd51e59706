/**
 * `binhdang case …` in real processes on a copy of the prepared data directory: the case key
 * rotated (the key file keeps the old key beside the new one) and a case export opened with its
 * passphrase, or refused with a clear message and exit code 1.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealFile } from '../../src/core/crypto/passphrase-file.ts';
import { cliIn } from '../support/cli.ts';
import { copyPreparedDataDir } from '../support/prepared-data-dir.ts';

const dir = mkdtempSync(join(tmpdir(), 'binhdang-cli-cases-'));

const binhdang = cliIn(copyPreparedDataDir(join(dir, 'data')));

describe('binhdang case rotate-key', () => {
  it('adds a current key beside the first and re-seals what there is (nothing yet)', async () => {
    expect((await binhdang(['migrate'])).code).toBe(0);
    const r = await binhdang(['case', 'rotate-key']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('case key k2 is now current');
    expect(r.out).toContain('re-sealed 0 values');
    const keyFile = join(dir, 'data', 'case-keys.json');
    const file = JSON.parse(readFileSync(keyFile, 'utf8')) as { current: string; keys: object };
    expect(file.current).toBe('k2');
    expect(Object.keys(file.keys)).toEqual(['k1', 'k2']);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });
});

describe('binhdang case open-export', () => {
  const passphrase = 'mot-cum-tu-rat-dai-2026';
  const content = {
    format: 'binhdang-case-export/1',
    reason: 'Tòa án nhân dân tỉnh yêu cầu hồ sơ',
    case: { code: 'VV-33-2026-00001', survivorName: 'Nguyễn Thị Hoa' },
  };
  const file = join(dir, 'VV-33-2026-00001.bdx');
  writeFileSync(file, sealFile(passphrase, Buffer.from(JSON.stringify(content), 'utf8')));

  it('prints the case with the passphrase from the environment, or writes it to --out', async () => {
    const r = await binhdang(['case', 'open-export', file], { BINHDANG_EXPORT_PASSPHRASE: passphrase });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(content);
    const out = join(dir, 'case.json');
    const w = await binhdang(['case', 'open-export', file, '--passphrase', passphrase, '--out', out]);
    expect(w.out.trim()).toBe(`wrote ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(content);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('refuses a wrong or missing passphrase with a clear message and exit code 1', async () => {
    const wrong = await binhdang(['case', 'open-export', file], {
      BINHDANG_EXPORT_PASSPHRASE: 'sai-mat-khau-roi',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toBe('');
    expect(wrong.err.trim()).toBe(`cannot open ${file}: wrong passphrase, or the file was changed`);
    const none = await binhdang(['case', 'open-export', file], { BINHDANG_EXPORT_PASSPHRASE: '' });
    expect(none.code).toBe(1);
    expect(none.err).toContain('BINHDANG_EXPORT_PASSPHRASE');
    const missing = await binhdang(['case', 'open-export', join(dir, 'none.bdx')], {
      BINHDANG_EXPORT_PASSPHRASE: 'x',
    });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read');
  });
});
