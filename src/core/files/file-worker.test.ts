/**
 * Issue 16: every uploaded file is read in the file worker, within one time limit. A PDF is parsed
 * there (the pool counts its job, and this thread's timers keep firing meanwhile); a file that
 * takes longer than the limit is refused with FILE_PARSE_TIMEOUT while the event loop answers, its
 * worker is stopped and replaced, and the next files parse; a PDF giving more text than a plan can
 * hold is refused with FILE_TEXT_TOO_LONG, one whose streams unpack to too much with
 * FILE_UNPACKS_TOO_LARGE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfBomb, textPdf } from '../../../tests/integration/hostile/text-pdf.ts';
import { fileWorkerCounts, pdfText } from './office-reader.ts';

const pdf004 = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'pdf', '004.pdf'),
);
// ~80 000 characters on 40 pages: about half a second of pdf.js.
const bigPdf = textPdf({ pages: 40, lines: 1500, line: 'Lorem ipsum dolor sit amet' });
// 300 pages of 3 000 lines each (most below the foot of the page): several seconds of pdf.js.
const slowPdf = textPdf({ pages: 300, lines: 3000, line: 'Lorem ipsum dolor sit amet' });

/** Runs `job` with a 10 ms interval timer beside it: its outcome, how long it took, how often the timer fired. */
async function ticking(job: () => Promise<string>) {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const started = performance.now();
  const outcome = await job().then(
    (text) => ({ text, code: undefined }),
    (err: { code?: string }) => ({ text: undefined, code: err.code }),
  );
  clearInterval(timer);
  return { ...outcome, ms: performance.now() - started, ticks };
}

describe('the file worker', () => {
  it('parses a PDF in the worker, the event loop ticking meanwhile', async () => {
    await pdfText(pdf004); // a worker with pdf.js loaded
    const before = fileWorkerCounts();
    const { text, code, ms, ticks } = await ticking(() => pdfText(bigPdf));
    expect(code).toBeUndefined();
    expect(text?.startsWith('Lorem ipsum dolor sit amet 0 Lorem ipsum dolor sit amet 1')).toBe(true);
    expect(text?.length).toBeGreaterThan(50_000);
    expect(fileWorkerCounts().jobs).toBe(before.jobs + 1);
    // On this thread pdf.js would hold the loop for the whole parse (no tick at all).
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(ms / 10 / 4));
  });

  it('refuses a file past the time limit, answering meanwhile, and replaces its worker', async () => {
    await pdfText(pdf004);
    const before = fileWorkerCounts();
    const { code, ms, ticks } = await ticking(() => pdfText(slowPdf, { timeoutMs: 300 }));
    expect(code).toBe('FILE_PARSE_TIMEOUT');
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(5000);
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(ms / 10 / 4));
    expect(fileWorkerCounts()).toMatchObject({ timeouts: before.timeouts + 1, jobs: before.jobs + 1 });
    // Two files at once need both workers: the stopped one was replaced by a new one.
    const texts = await Promise.all([pdfText(pdf004), pdfText(pdf004)]);
    for (const text of texts) expect(text).toContain('KẾ HOẠCH');
    expect(fileWorkerCounts().workersStarted).toBeGreaterThan(before.workersStarted);
  });

  it('stops reading a PDF that gives more text than a plan holds', async () => {
    // 1-point type, lines 2.5 points apart: ~330 lines of ~600 characters a page, 2.4 M in all.
    const long = textPdf({ pages: 12, lines: 330, line: 'x'.repeat(600), fontSize: 1, leading: 2.5 });
    await expect(pdfText(long)).rejects.toMatchObject({ code: 'FILE_TEXT_TOO_LONG' });
    await expect(pdfText(bigPdf, { maxChars: 10_000 })).rejects.toMatchObject({
      code: 'FILE_TEXT_TOO_LONG',
    });
  });

  it('refuses a PDF whose streams unpack to too much, before pdf.js inflates them', async () => {
    const bomb = pdfBomb(256);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const started = performance.now();
    await expect(pdfText(bomb)).rejects.toMatchObject({ code: 'FILE_UNPACKS_TOO_LARGE' });
    expect(performance.now() - started).toBeLessThan(5000);
    // 2 MiB of zeros is under the 64 MiB total but far past the ratio of 100:1
    await expect(pdfText(pdfBomb(2))).rejects.toMatchObject({ code: 'FILE_UNPACKS_TOO_LARGE' });
  });
});
