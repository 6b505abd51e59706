/**
 * Hostile bytes for the file readers behind the imports, called directly (no HTTP, so many more
 * cases per second than uploads.test.ts): readRows on .csv bytes (NUL, broken UTF-8), on .xlsx
 * files that are real zips with damaged entries, truncated or bit-flipped; planTextFromFile on
 * .docx files damaged the same ways. Each gives its rows/text or throws a catalogued AppError —
 * never another exception, an unhandled rejection from inside exceljs or mammoth, or a hang.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error.ts';
import { planTextFromFile } from '../../../src/modules/plans/plan-text.ts';
import { toXlsx, type ValueRow } from '../../../src/modules/reports/report-files.ts';
import { readRows } from '../../../src/modules/reports/report-import.service.ts';

const FILE_CODES = ['FILE_UNREADABLE', 'FILE_TYPE_NOT_SUPPORTED', 'FILE_UNPACKS_TOO_LARGE', 'FILE_TOO_LARGE'];

/** 'ok' or the AppError's code (checked to be one of FILE_CODES); any other exception fails. */
async function outcome(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
    return 'ok';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    expect(FILE_CODES).toContain(err.code);
    return err.code;
  }
}

/** The entries of a zip, rebuilt with one entry's bytes replaced (a valid container, bad content). */
async function withEntry(zip: Buffer, name: string, content: Uint8Array | string): Promise<Buffer> {
  const z = await JSZip.loadAsync(zip);
  z.file(name, content);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const bitFlips = (file: Buffer) =>
  fc.array(fc.tuple(fc.nat(file.length - 1), fc.nat(7)), { minLength: 1, maxLength: 8 }).map((flips) => {
    const b = Buffer.from(file);
    for (const [at, bit] of flips) b[at]! ^= 1 << bit;
    return b;
  });
const truncations = (file: Buffer) => fc.nat(file.length - 1).map((n) => file.subarray(0, n));
/** An entry's text with slices cut, repeated or replaced by random bytes. */
const damagedText = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat(60),
        bytes: fc.string({ unit: 'binary', maxLength: 20 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) =>
      edits.reduce((s, e) => {
        const at = Math.floor(e.at * s.length);
        return s.slice(0, at) + e.bytes + s.slice(at + e.length);
      }, text),
    );

describe('readRows on .csv bytes', () => {
  it('gives rows or FILE_UNREADABLE for any bytes (NUL and broken UTF-8 included)', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
        seen.add(await outcome(() => readRows('so-lieu.csv', Buffer.from(bytes))));
      }),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual(['FILE_UNREADABLE', 'ok']);
  });
});

describe('readRows on damaged .xlsx', () => {
  let xlsx: Buffer;
  let entries: Record<string, string>;
  beforeAll(async () => {
    const rows: ValueRow[] = Array.from({ length: 20 }, (_, i) => ({
      unit_code: '11953',
      unit_version: '2025',
      unit_name: 'Phường Phố Hiến',
      period_start: '2026-01-01',
      element_code: `E${i}`,
      element_name: 'Số cuộc truyền thông',
      category: 'total',
      value: String(i),
      status: 'approved',
    }));
    xlsx = await toXlsx(rows, 'Biểu mẫu');
    const zip = await JSZip.loadAsync(xlsx);
    entries = {};
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels')))
      entries[name] = await zip.file(name)!.async('string');
    expect(await readRows('so-lieu.xlsx', xlsx)).toHaveLength(20);
  });

  it('gives rows or a catalogued error when an entry of a valid zip is random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(entries)),
        fc.uint8Array({ maxLength: 400 }),
        async (name, bytes) =>
          void (await outcome(async () => readRows('x.xlsx', await withEntry(xlsx, name, bytes)))),
      ),
      { numRuns: 80 },
    );
  });

  it('gives rows or a catalogued error when an entry’s XML is damaged', async () => {
    const name = fc.constantFrom(...Object.keys(entries));
    await fc.assert(
      fc.asyncProperty(
        name.chain((n) => damagedText(entries[n]!).map((text) => [n, text] as const)),
        async ([n, text]) =>
          void (await outcome(async () => readRows('x.xlsx', await withEntry(xlsx, n, text)))),
      ),
      { numRuns: 80 },
    );
  });

  it('refuses every truncated .xlsx, and answers bit flips with rows or a catalogued error', async () => {
    await fc.assert(
      fc.asyncProperty(truncations(xlsx), async (cut) => {
        expect(await outcome(() => readRows('x.xlsx', cut))).not.toBe('ok');
      }),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(bitFlips(xlsx), async (file) => void (await outcome(() => readRows('x.xlsx', file)))),
      { numRuns: 80 },
    );
  });
});

describe('planTextFromFile on damaged .docx', () => {
  let docx: Buffer;
  let documentXml: string;
  beforeAll(async () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
    const seed = readFileSync(
      join(
        dir,
        readdirSync(dir).find((f) => f.endsWith('.txt'))!,
      ),
      'utf8',
    );
    const lines = seed.split('\n').slice(0, 120);
    docx = await Packer.toBuffer(
      new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }),
    );
    documentXml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(await planTextFromFile('plan.docx', docx)).toContain(lines[5]!.trim());
  });

  it('refuses every truncated .docx', async () => {
    await fc.assert(
      fc.asyncProperty(truncations(docx), async (cut) => {
        expect(await outcome(() => planTextFromFile('plan.docx', cut))).not.toBe('ok');
      }),
      { numRuns: 80 },
    );
  });

  it('gives text or a catalogued error for bit flips and damaged document.xml', async () => {
    await fc.assert(
      fc.asyncProperty(
        bitFlips(docx),
        async (file) => void (await outcome(() => planTextFromFile('p.docx', file))),
      ),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(damagedText(documentXml), fc.string({ unit: 'binary', maxLength: 300 })),
        async (xml) => {
          const file = await withEntry(docx, 'word/document.xml', xml);
          const result = await outcome(() => planTextFromFile('p.docx', file));
          expect(result).not.toBe('FILE_TYPE_NOT_SUPPORTED');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses a .docx whose entries are missing or random', async () => {
    const z = await JSZip.loadAsync(docx);
    z.remove('word/document.xml');
    const missing = await z.generateAsync({ type: 'nodebuffer' });
    expect(await outcome(() => planTextFromFile('p.docx', missing))).toBe('FILE_UNREADABLE');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '[Content_Types].xml',
          '_rels/.rels',
          'word/_rels/document.xml.rels',
          'word/styles.xml',
        ),
        fc.uint8Array({ maxLength: 300 }),
        async (name, bytes) =>
          void (await outcome(async () => planTextFromFile('p.docx', await withEntry(docx, name, bytes)))),
      ),
      { numRuns: 30 },
    );
  });
});
