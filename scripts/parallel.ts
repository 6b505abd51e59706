/**
 * Runs npm scripts side by side (`tsx scripts/parallel.ts typecheck lint build:web`) and fails when
 * one of them fails. Each script's output is printed whole when it ends, never interleaved. On a
 * 2-core CI machine the single-threaded typecheck and lint then take the time of the longer one
 * instead of the sum.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
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

const results = await Promise.all(names.map(run));
process.exitCode = results.every(Boolean) ? 0 : 1;
