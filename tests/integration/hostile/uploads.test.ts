/**
 * Hostile uploads through the API: damaged and random .docx/.pdf/.xlsx/.csv files, zip bombs,
 * uploads over the size limits, and attachment names built for path traversal or header
 * injection. Every answer is a catalogued error code, never a 500.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEvidence } from '../../../src/modules/tasks/evidence-file.ts';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.ts';
import { zipBomb } from './zip-bomb.ts';

let t: TestApp;
let planner: Client;
let reporter: Client;
let formId: number;
let activityId: number;

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const pdf004 = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'pdf', '004.pdf'));

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('kh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('bc', [{ role: 'unit_admin', unitCode: '33' }]);
  planner = await t.signIn('kh');
  reporter = await t.signIn('bc');
  const forms = (await reporter.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  const activity = await reporter.request('POST', '/api/v1/activities', {
    kind: 'training',
    title: 'Tập huấn',
    startedOn: '2026-03-10',
    participantsFemale: 1,
    participantsMale: 1,
    unitId: await t.unitId('2025', '33'),
  });
  activityId = activity.json<{ activity: { id: number } }>().activity.id;
});
afterAll(async () => t.close());

const parse = (fileName: string, data: Buffer) =>
  planner.request('POST', '/api/v1/plans/parse', { fileName, contentBase64: b64(data) });
const importFile = (fileName: string, data: Buffer) =>
  reporter.request('POST', '/api/v1/reports/import', { formId, fileName, contentBase64: b64(data) });
// Separators, quotes and C0 control characters: none may reach a stored name or a header.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[/\\"\u0000-\u001f]/;
const code = (res: { json: () => unknown }) => (res.json() as { error?: { code: string } }).error?.code;

const docx = async (xml: string) =>
  new JSZip()
    .file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    )
    .file('word/document.xml', xml)
    .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

describe('damaged files', () => {
  it.each([
    [
      'garbage .docx with a zip signature',
      'plan.docx',
      Buffer.from('PK\u0003\u0004 not really a zip'),
      'FILE_UNREADABLE',
    ],
    ['.docx that is not a zip', 'plan.docx', Buffer.from('hello'), 'FILE_TYPE_NOT_SUPPORTED'],
    ['truncated .pdf', 'plan.pdf', pdf004.subarray(0, 2000), 'FILE_UNREADABLE'],
    ['garbage .pdf', 'plan.pdf', Buffer.from('%PDF-1.7\n\u0000\u0001 rubbish'), 'FILE_UNREADABLE'],
    ['.pdf without a text layer', 'plan.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), 'FILE_UNREADABLE'],
    ['.txt with NUL bytes', 'plan.txt', Buffer.from('a\u0000b'), 'FILE_TYPE_NOT_SUPPORTED'],
    ['an .exe', 'plan.exe', Buffer.from('MZ'), 'FILE_TYPE_NOT_SUPPORTED'],
  ])('refuses a %s for a plan', async (_name, fileName, data, expected) => {
    expect(code(await parse(fileName, data))).toBe(expected);
  });

  it('refuses a truncated .docx and a .docx whose XML is broken', async () => {
    const good = await docx(
      '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>',
    );
    expect(code(await parse('plan.docx', good.subarray(0, good.length - 30)))).toBe('FILE_UNREADABLE');
    const broken = await docx('<w:document><w:body><<<');
    expect(code(await parse('plan.docx', broken))).toBe('FILE_UNREADABLE');
  });

  it('refuses a truncated or random .xlsx for an import', async () => {
    const good = await new JSZip().file('xl/workbook.xml', '<x/>').generateAsync({ type: 'nodebuffer' });
    expect(code(await importFile('so-lieu.xlsx', good.subarray(0, 40)))).toBe('FILE_UNREADABLE');
    expect(code(await importFile('so-lieu.xlsx', good))).toBe('FILE_UNREADABLE');
    expect(code(await importFile('so-lieu.xlsx', Buffer.from('unit_code\n1')))).toBe('FILE_UNREADABLE');
    expect(code(await importFile('so-lieu.ods', Buffer.from('x')))).toBe('FILE_TYPE_NOT_SUPPORTED');
  });

  it('answers random bytes in every format with a catalogued error, never a 500', async () => {
    const allowed = [
      'FILE_UNREADABLE',
      'FILE_TYPE_NOT_SUPPORTED',
      'PDF_HAS_NO_TEXT',
      'FILE_UNPACKS_TOO_LARGE',
    ];
    const prefixes = { docx: 'PK\u0003\u0004', pdf: '%PDF-1.4\n', xlsx: 'PK\u0003\u0004', txt: '' };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('docx', 'pdf', 'xlsx', 'txt'),
        fc.uint8Array({ minLength: 1, maxLength: 2000 }),
        async (ext, bytes) => {
          const data = Buffer.concat([Buffer.from(prefixes[ext], 'latin1'), bytes]);
          const res = ext === 'xlsx' ? await importFile('f.xlsx', data) : await parse(`f.${ext}`, data);
          if (res.statusCode === 200) return;
          expect(res.statusCode).toBeLessThan(500);
          if (ext !== 'xlsx' || code(res) !== 'IMPORT_EMPTY') expect(allowed).toContain(code(res));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('zip bombs', () => {
  it('refuses a .docx expanding to 1 GiB, declared honestly or not', async () => {
    for (const declared of [undefined, 1000]) {
      const res = await parse('bomb.docx', zipBomb('word/document.xml', 1024, declared));
      expect(res.statusCode).toBe(413);
      expect(code(res)).toBe('FILE_UNPACKS_TOO_LARGE');
    }
  });

  it('refuses an .xlsx expanding to 1 GiB, declared honestly or not', async () => {
    for (const declared of [undefined, 1000]) {
      const res = await importFile('bomb.xlsx', zipBomb('xl/worksheets/sheet1.xml', 1024, declared));
      expect(code(res)).toBe('FILE_UNPACKS_TOO_LARGE');
    }
  });
});

describe('oversized uploads', () => {
  it('refuses a plan file over 10 MB, and a body over the route limit', async () => {
    const res = await parse('plan.txt', Buffer.alloc(10 * 1024 * 1024 + 1000, 'a'));
    expect([res.statusCode, code(res)]).toEqual([413, 'FILE_TOO_LARGE']);
    // Longer base64 than a 10.5 MB file needs is refused by the request schema already.
    const longer = await parse('plan.txt', Buffer.alloc(11 * 1024 * 1024, 'a'));
    expect([longer.statusCode, code(longer)]).toEqual([400, 'VALIDATION_FAILED']);
    const huge = await planner.request('POST', '/api/v1/plans/parse', { text: 'a'.repeat(21 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
  });

  it('refuses an import over its body limit and an attachment over 10 MB', async () => {
    const res = await importFile('so-lieu.csv', Buffer.alloc(23 * 1024 * 1024, 'a'));
    expect(res.statusCode).toBe(413);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const att = await reporter.request('POST', `/api/v1/activities/${activityId}/attachments`, {
      fileName: 'big.pdf',
      contentBase64: b64(big),
    });
    expect([att.statusCode, code(att)]).toEqual([413, 'FILE_TOO_LARGE']);
  });
});

describe('attachment names', () => {
  const pdf = b64('%PDF-1.4\n% ky ten\n');
  it.each([
    '../../etc/passwd.pdf',
    '..\\..\\windows\\x.pdf',
    '/etc/shadow.pdf',
    'a\u0000b.pdf',
    'x\r\nSet-Cookie: bd_session=evil.pdf',
    'evil"; filename="evil.exe.pdf',
    '<img src=x onerror=alert(1)>.pdf',
  ])('stores %j sanitised and serves it with a safe Content-Disposition', async (fileName) => {
    const res = await reporter.request('POST', `/api/v1/activities/${activityId}/attachments`, {
      fileName,
      contentBase64: pdf,
    });
    expect(res.statusCode).toBe(200);
    const att = res.json<{ activity: { attachments: { id: number; fileName: string }[] } }>().activity
      .attachments;
    const stored = att[att.length - 1]!;
    expect(stored.fileName).not.toMatch(UNSAFE);
    const file = await reporter.request('GET', `/api/v1/activities/${activityId}/attachments/${stored.id}`);
    const disposition = String(file.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''[A-Za-z0-9%!'()*._~-]+$/);
    expect(file.headers['set-cookie']).toBeUndefined();
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never lets a separator, quote or control character through checkEvidence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const safe = checkEvidence(`${name}.txt`, b64('x')).fileName;
        expect(safe).not.toMatch(UNSAFE);
        expect(safe.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 500 },
    );
  });
});
