/**
 * .docx and .xlsx read off the event loop: the zip's central directory is checked here first
 * (zip-guard.ts: no inflating, microseconds), then a worker thread (office-worker.ts) inflates and
 * parses with a time limit; past it the worker is stopped (a new one starts for the next file)
 * and the file refused. At most MAX_WORKERS files are read at once (the others wait), so uploads
 * cannot take every core; the workers are kept between files.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error.ts';
import type { OfficeJob, OfficeResult } from './office-worker.ts';
import { checkZip, OFFICE_LIMITS, type ZipLimits } from './zip-guard.ts';

export const PARSE_TIME_LIMIT_MS = 20_000;
const MAX_WORKERS = 2;
/** A plan is well under 2 MB of text (the parse request's own limit for pasted text). */
export const MAX_DOCUMENT_CHARS = 2_000_000;

// The worker is TypeScript: it loads tsx's loader first (ESM build), then its entry.
const TSX = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const ENTRY = new URL('./office-worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY)}); })`;

/** Workers waiting for a job (kept: starting one loads tsx, exceljs and mammoth), and how many exist. */
const idle: Worker[] = [];
let started = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<Worker> {
  for (;;) {
    const w = idle.pop();
    if (w) return w;
    if (started < MAX_WORKERS) {
      started++;
      return new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

/** A worker back from a job: kept for the next one (or ended, after a timeout or a crash). */
function release(worker: Worker, healthy: boolean): void {
  if (healthy) {
    worker.unref(); // an idle worker keeps no process alive
    idle.push(worker);
  } else {
    started--;
    void worker.terminate();
  }
  waiting.shift()?.();
}

function runJob(worker: Worker, job: OfficeJob, timeoutMs: number): Promise<OfficeResult> {
  return new Promise((resolve) => {
    worker.ref();
    let settled = false;
    const done = (r: OfficeResult, healthy: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      release(worker, healthy);
      resolve(r);
    };
    const onMessage = (m: OfficeResult) => done(m, true);
    const onError = (err: Error & { code?: string }) =>
      done(
        {
          ok: false,
          code: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'FILE_UNPACKS_TOO_LARGE' : 'FILE_UNREADABLE',
        },
        false,
      );
    const onExit = () => done({ ok: false, code: 'FILE_UNREADABLE' }, false);
    const timer = setTimeout(() => done({ ok: false, code: 'FILE_PARSE_TIMEOUT' }, false), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

async function read(
  kind: OfficeJob['kind'],
  data: Buffer,
  opts: { limits?: ZipLimits; timeoutMs?: number; maxChars?: number },
): Promise<OfficeResult & { ok: true }> {
  const limits = opts.limits ?? OFFICE_LIMITS;
  checkZip(data, limits);
  const job: OfficeJob = {
    kind,
    data: new Uint8Array(data),
    limits,
    maxChars: opts.maxChars ?? MAX_DOCUMENT_CHARS,
  };
  const result = await runJob(await acquire(), job, opts.timeoutMs ?? PARSE_TIME_LIMIT_MS);
  if (!result.ok) throw new AppError(result.code);
  return result;
}

/** The raw text of a .docx (mammoth), refused past `maxChars`. */
export async function docxText(data: Buffer, opts: { timeoutMs?: number; maxChars?: number } = {}) {
  return (await read('docx-text', data, opts)).value as string;
}

/** The first sheet of an .xlsx as records by header (xlsx-rows.ts). */
export async function xlsxRecords(data: Buffer, opts: { timeoutMs?: number } = {}) {
  return (await read('xlsx-rows', data, opts)).value as Record<string, string>[];
}
