/**
 * The file workers' thread (kept by office-reader.ts, one job at a time), away from the event loop
 * that answers everyone else: a .docx or .xlsx is inflated with a cap on its real output, then read
 * with mammoth (text) or exceljs (rows); a PDF's streams are inflated with the same cap
 * (pdf-guard.ts), then its text layer read with pdf.js (pdf-text.ts, loaded on the first PDF).
 * Errors go back as catalogue codes.
 */
import { parentPort } from 'node:worker_threads';
import mammoth from 'mammoth';
import { isAppError } from '../errors/app-error.ts';
import type { ErrorCode } from '../errors/catalogue.ts';
import { checkPdfStreams } from './pdf-guard.ts';
import { xlsxRows } from './xlsx-rows.ts';
import { inflateCapped, type ZipLimits } from './zip-guard.ts';

export interface OfficeJob {
  kind: 'docx-text' | 'xlsx-rows' | 'pdf-text';
  data: Uint8Array;
  /** What the zip's entries, or the PDF's streams, may unpack to. */
  limits: ZipLimits;
  /** docx and PDF: the most text the document may give. */
  maxChars: number;
}
export type OfficeResult =
  { ok: true; value: string | Record<string, string>[] } | { ok: false; code: ErrorCode };

async function run(job: OfficeJob): Promise<string | Record<string, string>[]> {
  const data = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  if (job.kind === 'pdf-text') {
    await checkPdfStreams(data, job.limits);
    const { extractPdfText } = await import('./pdf-text.ts');
    return extractPdfText(job.data, job.maxChars);
  }
  inflateCapped(data, job.limits);
  if (job.kind === 'xlsx-rows') return xlsxRows(data);
  const text = (await mammoth.extractRawText({ buffer: data })).value;
  if (text.length > job.maxChars) throw new Error('FILE_TEXT_TOO_LONG');
  return text;
}

// Jobs come one at a time (the reader never gives a busy worker another); the worker lives on.
parentPort!.on('message', (job: OfficeJob) => {
  run(job).then(
    (value) => parentPort!.postMessage({ ok: true, value } satisfies OfficeResult),
    (err: unknown) => {
      const code: ErrorCode = isAppError(err)
        ? err.code
        : err instanceof Error && err.message === 'FILE_TEXT_TOO_LONG'
          ? 'FILE_TEXT_TOO_LONG'
          : 'FILE_UNREADABLE';
      parentPort!.postMessage({ ok: false, code } satisfies OfficeResult);
    },
  );
});
