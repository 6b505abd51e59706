/** `binhdang reminders run` in a real process: the reminders job once (for cron with SCHEDULER=0). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('runs the reminders job once and says what it did', () => {
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-cli-reminders-'));
  const r = spawnSync(join(root, 'bin', 'binhdang.js'), ['reminders', 'run', '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' },
    timeout: 180_000,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ created: 0, emails: 0, digests: 0, failures: 0 });
}, 200_000);
