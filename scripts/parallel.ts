/**
 * Runs npm scripts side by side (`tsx scripts/parallel.ts typecheck lint --live "cmd"`) and fails
 * when one of them fails. Each script's output is printed whole when it ends, never interleaved;
 * the `--live` command (at most one, run by the shell) prints as it goes. On a 2-core CI machine the
 * single-threaded typecheck and lint then fill the time the test suite spends waiting, instead of
 * running before it.
 */
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const liveAt = args.indexOf('--live');
const live = liveAt >= 0 ? args[liveAt + 1] : undefined;
const names = liveAt >= 0 ? args.filter((_, i) => i !== liveAt && i !== liveAt + 1) : args;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(name: string): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (err) => {
      console.error(`${name}: ${err.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const ok = code === 0;
      process.stdout.write(`${ok ? 'ok' : 'FAILED'}: npm run ${name} (${seconds} s)\n${out}`);
      resolve(ok);
    });
  });
}

function runLive(command: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`${command}: ${err.message}`);
      resolve(false);
    });
    child.on('close', (code) => resolve(code === 0));
  });
}

const results = await Promise.all([...names.map(run), ...(live ? [runLive(live)] : [])]);
process.exitCode = results.every(Boolean) ? 0 : 1;
