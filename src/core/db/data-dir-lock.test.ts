import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';

describe('data directory lock', () => {
  it('refuses a second opener and frees the directory on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'binhdang-lock-'));
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dir, 'binhdang.lock'))).toBe(false);
    acquireDataDirLock(dir)();
  });

  it('refuses while another live process holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'binhdang-lock-'));
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'binhdang.lock'), String(child.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(/in use by process/);
    } finally {
      child.kill();
    }
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'binhdang-lock-'));
    writeFileSync(join(dir, 'binhdang.lock'), '999999');
    const release = acquireDataDirLock(dir);
    release();
  });
});
