/**
 * The `binhdang` command as an operator uses it, in real processes on a temporary data directory:
 * migrate, user create, units search, backup, restore, and the lock against a second process.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../support/cli.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'binhdang-cli-'));

const binhdang = cliIn(join(dir, 'data'));

describe('binhdang CLI', () => {
  it('migrates, loads the reference data and searches units without diacritics', async () => {
    const m = await binhdang(['migrate']);
    expect(m.err).toBe('');
    expect(m.out).toContain('0001_foundation');
    expect(m.out).toContain('loaded the national administrative units');
    const s = await binhdang(['units', 'search', 'thai', 'binh', '--version', '2024', '--level', 'province']);
    expect(s.out.trim()).toBe('34     Tỉnh Thái Bình [2024]');
  });

  it('creates a user and refuses bad input with a stable code', async () => {
    const ok = await binhdang(
      ['user', 'create', '--username', 'admin', '--full-name', 'Quản trị', '--role', 'system_admin'],
      {
        BINHDANG_PASSWORD: 'mat-khau-quan-tri',
      },
    );
    expect(ok.out).toMatch(/created user admin \(id \d+\) with roles system_admin@national/);
    const dup = await binhdang([
      'user',
      'create',
      '--username',
      'admin',
      '--full-name',
      'X',
      '--password',
      'mat-khau-quan-tri',
    ]);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('USERNAME_TAKEN');
    const badUnit = await binhdang([
      'user',
      'create',
      '--username',
      'b',
      '--full-name',
      'X',
      '--password',
      'mat-khau-quan-tri',
      '--role',
      'viewer',
      '--unit',
      '99999',
    ]);
    expect(badUnit.err).toContain('UNIT_NOT_FOUND');
  });

  it('backs up and restores into another data directory', async () => {
    const file = join(dir, 'backup.jsonl.gz');
    expect((await binhdang(['backup', file])).out).toContain('app_user 1');
    const restored = await binhdang(['restore', file], { DATA_DIR: join(dir, 'restored') });
    expect(restored.out).toContain('restored');
    const s = await binhdang(['units', 'search', 'hung', 'yen', '--level', 'province'], {
      DATA_DIR: join(dir, 'restored'),
    });
    expect(s.out).toContain('Tỉnh Hưng Yên');
    const again = await binhdang(
      ['user', 'create', '--username', 'admin', '--full-name', 'X', '--password', 'mat-khau-quan-tri'],
      {
        DATA_DIR: join(dir, 'restored'),
      },
    );
    expect(again.err).toContain('USERNAME_TAKEN');
  });

  it('parses a plan document without a database', async () => {
    const seed = join(root, 'tests', 'fixtures', 'seeds', '004_c997f3a30d3ce80c.txt');
    const text = await binhdang(['plan', 'parse', seed]);
    expect(text.out).toContain('Kế hoạch 31/KH-UBND — Thực hiện công tác bình đẳng giới');
    expect(text.out).toContain('[chủ trì] Sở Nội vụ');
    const json = JSON.parse((await binhdang(['plan', 'parse', seed, '--json'])).out) as {
      signer: { name: string };
    };
    expect(json.signer.name).toBe('Trần Thị Bích Hằng');
    const bad = await binhdang(['plan', 'parse', join(root, 'package.json')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('FILE_TYPE_NOT_SUPPORTED');
  });

  it('rejects invalid configuration with the list of problems', async () => {
    const r = await binhdang(['migrate'], { PORT: 'x' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Environment configuration is invalid');
  });
});
