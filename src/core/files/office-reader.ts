/**
 * Uploaded .docx, .xlsx and .pdf read off the event loop. A zip's central directory is checked here
 * first (zip-guard.ts: no inflating, microseconds), a PDF's header only; then a worker thread
 * (office-worker.ts) inflates with a cap on the output (zip-guard.ts, pdf-guard.ts) and parses
 * (mammoth, exceljs, or pdf.js through pdf-text.ts), with one time limit for every kind: past it
 * the worker is stopped (a new one starts for the next file) and the file refused with
 * FILE_PARSE_TIMEOUT. At most MAX_WORKERS files are read at once (the others wait, their time not
 * yet counting), so uploads cannot take every core; the workers are kept between files. No file
 * gives more text than a plan holds (MAX_DOCUMENT_CHARS).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error.ts';
import type { OfficeJob, OfficeResult } from './office-worker.ts';
import { checkZip, OFFICE_LIMITS } from './zip-guard.ts';

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

/**
 * Workers waiting for a job (kept: starting one loads tsx, exceljs and mammoth, and pdf.js on its
 * first PDF), and how many exist.
 */
const idle: Worker[] = [];
let started = 0;
const waiting: (() => void)[] = [];
/** Counted for tests and diagnostics: jobs given to a worker, workers started, time limits hit. */
const counts = { jobs: 0, workersStarted: 0, timeouts: 0 };

/** How much the pool has done since the process started (a copy). */
export function fileWorkerCounts(): Readonly<typeof counts> {
  return { ...counts };
}

function start(): Worker {
  const worker = new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
  // A worker that fails between jobs (pdf.js may still be tidying up) is dropped from the idle
  // ones; without a listener its 'error' would be thrown on this thread.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at < 0) return;
    idle.splice(at, 1);
    started--;
    waiting.shift()?.();
  });
  return worker;
}

async function acquire(): Promise<Worker> {
  for (;;) {
    const w = idle.pop();
    if (w) return w;
    if (started < MAX_WORKERS) {
      started++;
      counts.workersStarted++;
      return start();
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
    const timer = setTimeout(() => {
      counts.timeouts++;
      done({ ok: false, code: 'FILE_PARSE_TIMEOUT' }, false);
    }, timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    counts.jobs++;
    worker.postMessage(job);
  });
}

interface ReadOptions {
  /** The time limit (PARSE_TIME_LIMIT_MS unless a test sets a shorter one). */
  timeoutMs?: number;
  maxChars?: number;
}

async function run(job: OfficeJob, opts: ReadOptions): Promise<OfficeResult & { ok: true }> {
  const result = await runJob(await acquire(), job, opts.timeoutMs ?? PARSE_TIME_LIMIT_MS);
  if (!result.ok) throw new AppError(result.code);
  return result;
}

function zipJob(kind: 'docx-text' | 'xlsx-rows', data: Buffer, opts: ReadOptions): OfficeJob {
  checkZip(data, OFFICE_LIMITS);
  const maxChars = opts.maxChars ?? MAX_DOCUMENT_CHARS;
  return { kind, data: new Uint8Array(data), limits: OFFICE_LIMITS, maxChars };
}

/** The raw text of a .docx (mammoth), refused past `maxChars`. */
export async function docxText(data: Buffer, opts: ReadOptions = {}) {
  return (await run(zipJob('docx-text', data, opts), opts)).value as string;
}

/** The first sheet of an .xlsx as records by header (xlsx-rows.ts). */
export async function xlsxRecords(data: Buffer, opts: { timeoutMs?: number } = {}) {
  return (await run(zipJob('xlsx-rows', data, opts), opts)).value as Record<string, string>[];
}

/**
 * The text layer of a PDF (pdf-text.ts): FILE_TYPE_NOT_SUPPORTED without the %PDF- header,
 * PDF_HAS_NO_TEXT for a scan, FILE_TEXT_TOO_LONG past `maxChars`, FILE_UNPACKS_TOO_LARGE when its
 * streams unpack to too much (pdf-guard.ts), FILE_UNREADABLE when damaged.
 */
export async function pdfText(data: Buffer, opts: ReadOptions = {}) {
  if (data.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('FILE_TYPE_NOT_SUPPORTED');
  const job: OfficeJob = {
    kind: 'pdf-text',
    data: new Uint8Array(data),
    limits: OFFICE_LIMITS,
    maxChars: opts.maxChars ?? MAX_DOCUMENT_CHARS,
  };
  return (await run(job, opts)).value as string;
}
