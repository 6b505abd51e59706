/**
 * Hostile ADX for the report import: arbitrary text, text made of XML's own syntax, mutated valid
 * files, deep nesting, entity bombs and external entities, huge names and attribute values, and a
 * few of them end to end through POST /reports/import. parseAdx either gives rows of strings or
 * throws a catalogued AppError (ADX_INVALID with a line, or FILE_TOO_LARGE) — never another
 * exception — and the big inputs finish well inside their test timeouts (the strict reader makes
 * one linear pass and refuses DOCTYPE, so nothing expands).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error.ts';
import { readXml, XmlError } from '../../../src/core/files/strict-xml.ts';
import { parseAdx } from '../../../src/modules/reports/report-adx.ts';
import { ADX_CATEGORY, toAdx, type ValueRow } from '../../../src/modules/reports/report-files.ts';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.ts';

const NS = 'urn:ihe:qrph:adx:2015';
const ROOT = `<adx xmlns="${NS}">`;
const CODES = ['ADX_INVALID', 'FILE_TOO_LARGE'];

/** The outcome of parseAdx: rows (checked to be records of strings) or the code of an AppError. */
function outcome(text: string): string {
  let rows: Record<string, string>[];
  try {
    rows = parseAdx(text);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    expect(CODES).toContain(err.code);
    if (err.code === 'ADX_INVALID') expect(err.details?.[0]?.path).toMatch(/^(line \d+|file)$/);
    return err.code;
  }
  for (const r of rows) for (const v of Object.values(r)) expect(typeof v).toBe('string');
  return 'rows';
}

const row = (element: string, category: string, value: string, unit = '11953'): ValueRow => ({
  unit_code: unit,
  unit_version: '2025',
  unit_name: '',
  period_start: '2026-01-01',
  element_code: element,
  element_name: '',
  category,
  value,
  status: '',
});
// Codes as people might type them, XML's special characters included (no control characters:
// codes are validated on entry), and numbers.
const code = fc.oneof(
  fc.constantFrom('COMMUNICATION_EVENTS', '11953', 'A&B', '<x>', '"q"', "'", ']]>', '&amp;'),
  // a blank code is no code: refused as a missing attribute
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
);
const adxRows = fc.array(
  fc.record({
    unit: fc.constantFrom('11953', '13225', 'A&<B>'),
    element: code,
    category: fc.constantFrom(...Object.keys(ADX_CATEGORY)),
    value: fc.nat().map(String),
  }),
  { minLength: 1, maxLength: 6 },
);
const validAdx = adxRows.map((rows) =>
  toAdx(
    rows.map((r) => row(r.element, r.category, r.value, r.unit)),
    'GE_SEMIANNUAL',
    'semiannual',
    new Date(0),
  ).toString('utf8'),
);

// XML's own syntax, so that random sequences reach deep into the reader.
const TOKENS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  ROOT,
  '</adx>',
  `<a:adx xmlns:a="${NS}">`,
  '<group orgUnit="1" period="2026-01-01/P6M">',
  '</group>',
  '<dataValue dataElement="E" value="1"/>',
  '<dataValue dataElement="E" SEX="F" value="2">',
  '</dataValue>',
  '<annotation>',
  '</annotation>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?pi x?>',
  '<!DOCTYPE adx [<!ENTITY a "b">]>',
  '<!ENTITY',
  '&amp;',
  '&lol;',
  '&#0;',
  '&#x10FFFF;',
  '&#xD800;',
  '&#',
  '&',
  '<',
  '>',
  '/>',
  '</',
  '=',
  '"',
  "'",
  ':',
  ' ',
  '\n',
  'xmlns=',
  'orgUnit=',
  '\u0000',
  '\ufeff',
  '\ud800',
];
const tokenText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((t) => t.join(''));

/** A valid file with a few edits: slices cut or repeated, text inserted, characters replaced. */
const mutatedAdx = fc
  .tuple(
    validAdx,
    fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat(40),
        kind: fc.constantFrom('cut', 'repeat', 'insert', 'replace'),
        text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 6 })),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((s, e) => {
      const at = Math.floor(e.at * s.length);
      if (e.kind === 'cut') return s.slice(0, at) + s.slice(at + e.length);
      if (e.kind === 'repeat') return s.slice(0, at) + s.slice(at, at + e.length).repeat(3) + s.slice(at);
      if (e.kind === 'insert') return s.slice(0, at) + e.text + s.slice(at);
      return s.slice(0, at) + e.text + s.slice(at + e.text.length);
    }, text),
  );

describe('parseAdx on hostile text', () => {
  it('gives rows or a catalogued error for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => void outcome(s)),
      { numRuns: 500 },
    );
  });

  it('gives rows or a catalogued error for text made of XML syntax', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(tokenText, (s) => void seen.add(outcome(s))),
      { numRuns: 1000 },
    );
    expect(seen).toContain('ADX_INVALID');
  });

  it('gives rows or a catalogued error for mutated valid files', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutatedAdx, (s) => void seen.add(outcome(s))),
      { numRuns: 1000 },
    );
    expect([...seen].sort()).toEqual(['ADX_INVALID', 'rows']);
  });

  it('reads every valid file back to the codes, categories and values written', () => {
    const normalise = (s: string) => s.replace(/[\t\n\r]/g, ' ').trim();
    fc.assert(
      fc.property(adxRows, (rows) => {
        const text = toAdx(
          rows.map((r) => row(r.element, r.category, r.value, r.unit)),
          'GE',
          'semiannual',
          new Date(0),
        ).toString('utf8');
        const key = (unit: string, element: string, category: string, value: string) =>
          JSON.stringify([unit, element, category, value]);
        expect(
          parseAdx(text)
            .map((r) => key(r.unit_code!, r.element_code!, r.category!, r.value!))
            .sort(),
        ).toEqual(rows.map((r) => key(r.unit, normalise(r.element), r.category, r.value)).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAdx on expansion and exhaustion attacks', () => {
  const refused = (text: string, message?: RegExp) => {
    expect(outcome(text)).toBe('ADX_INVALID');
    if (!message) return;
    try {
      parseAdx(text);
    } catch (err) {
      expect((err as AppError).details?.[0]?.message).toMatch(message);
    }
  };
  it.each([
    ['billion laughs', laughs()],
    ['an external entity (XXE)', `<!DOCTYPE adx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${ROOT}&x;</adx>`],
    ['a parameter entity', `<!DOCTYPE adx [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]>${ROOT}</adx>`],
    ['an external DTD', `<!DOCTYPE adx SYSTEM "http://127.0.0.1/adx.dtd">${ROOT}</adx>`],
    ['a DOCTYPE after the declaration', `<?xml version="1.0"?>\n<!doctype adx>${ROOT}</adx>`],
  ])('refuses %s before reading any entity', (_name, text) => {
    refused(text, /DOCTYPE/);
  });

  it('refuses entity references without a declaration, and character references to non-characters', () => {
    refused(`${ROOT}<group orgUnit="&lol9;" period="p"/></adx>`, /thực thể/);
    refused(`${ROOT}<group orgUnit="&#0;" period="p"/></adx>`);
    refused(`${ROOT}<group orgUnit="&#xD800;" period="p"/></adx>`);
    refused(`${ROOT}<group orgUnit="&#99999999;" period="p"/></adx>`);
  });

  it('refuses deep nesting at the reader’s depth limit and in ADX', () => {
    const deep = `${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`;
    let depth = 0;
    expect(() =>
      readXml(
        deep,
        { maxDepth: 8, maxElements: 1e6, maxAttributes: 8, maxAttributeLength: 100 },
        (el) => void (depth = Math.max(depth, el.depth)),
      ),
    ).toThrow(XmlError);
    expect(depth).toBe(8);
    refused(`${ROOT}${'<group orgUnit="1" period="p">'.repeat(100_000)}`);
    refused(
      `${ROOT}<group orgUnit="1" period="p"><dataValue dataElement="E" value="1">${'<annotation>'.repeat(100_000)}`,
    );
  });

  it('stays linear on huge names, values, comments, texts and many attributes', { timeout: 20_000 }, () => {
    const N = 4_000_000;
    refused(`${ROOT}<group orgUnit="${'1'.repeat(N)}" period="p"/></adx>`, /1000/);
    refused(`${ROOT}<group orgUnit="${'&amp;'.repeat(N / 5)}" period="p"/></adx>`, /1000/);
    refused(`${ROOT}<group orgUnit="1${' '.repeat(N)}`);
    refused(`${ROOT}<${'g'.repeat(N)}/></adx>`, /dài/);
    refused(`${ROOT}<group ${Array.from({ length: 40 }, (_, i) => `a${i}="1"`).join(' ')}/></adx>`, /nhiều/);
    refused(`${ROOT}<!--${'-'.repeat(N)}`, /không đóng/);
    refused(`${ROOT}${'<!-- x -->'.repeat(N / 10)}`, /đóng/);
    refused(`${ROOT}${'<'.repeat(N)}`);
    refused(`${ROOT}${'&amp;'.repeat(N / 5)}&bad;</adx>`, /thực thể/);
    refused(`${ROOT}<group orgUnit="1" period="p">${'<dataValue dataElement="E" value="1"/>'.repeat(10)}`);
    refused(`${ROOT}${`<group xmlns:a="${NS}" orgUnit="1" period="p"/>`.repeat(200)}</adx>`, /namespace/);
    // big but well-formed: an annotation of 4 MB and 100 000 values are read
    expect(
      outcome(
        `${ROOT}<group orgUnit="1" period="p"><dataValue dataElement="E" value="1"><annotation>${'x'.repeat(N)}</annotation></dataValue></group></adx>`,
      ),
    ).toBe('rows');
    const many = `${ROOT}<group orgUnit="1" period="2026-01-01/P6M">${'<dataValue dataElement="E" value="1"/>\n'.repeat(100_000)}</group></adx>`;
    expect(parseAdx(many)).toHaveLength(100_000);
    expect(outcome(many.replace('</group>', '<dataValue dataElement="E" value="1"/></group>'))).toBe(
      'FILE_TOO_LARGE',
    );
  });
});

describe('hostile ADX through the import route', () => {
  let t: TestApp;
  let importer: Client;
  let formId: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
    importer = await t.signIn('qt.tinh');
    const forms = (await importer.request('GET', '/api/v1/report-forms')).json<{
      items: { id: number; code: string }[];
    }>().items;
    formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  });
  afterAll(async () => t.close());

  const post = (fileName: string, data: Buffer | string) =>
    importer.request('POST', '/api/v1/reports/import', {
      formId,
      fileName,
      contentBase64: Buffer.from(data).toString('base64'),
    });
  const answer = (res: { statusCode: number; json: () => unknown }) =>
    [res.statusCode, (res.json() as { error?: { code: string } }).error?.code ?? 'ok'] as const;

  it.each([
    ['billion laughs', 'bomb.xml', laughs(), 422, 'ADX_INVALID'],
    [
      'XXE',
      'xxe.adx',
      `<!DOCTYPE adx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${ROOT}</adx>`,
      422,
      'ADX_INVALID',
    ],
    [
      'another XML',
      'dhis2.xml',
      '<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"/>',
      422,
      'ADX_INVALID',
    ],
    ['truncated', 'cut.xml', `${ROOT}<group orgUnit="11953" period="2026-01-01/P6M">`, 422, 'ADX_INVALID'],
    ['UTF-16', 'utf16.xml', Buffer.from(`\ufeff${ROOT}</adx>`, 'utf16le'), 422, 'ADX_INVALID'],
    ['random bytes', 'rnd.xml', Buffer.from([0x3c, 0x00, 0xff, 0x9f, 0x3e]), 422, 'ADX_INVALID'],
    ['an empty ADX', 'empty.xml', `${ROOT}</adx>`, 400, 'IMPORT_EMPTY'],
    [
      'a deep nest',
      'deep.xml',
      `${ROOT}${'<group orgUnit="1" period="p">'.repeat(50_000)}`,
      422,
      'ADX_INVALID',
    ],
    [
      'unknown codes',
      'codes.xml',
      `${ROOT}<group orgUnit="'; DROP TABLE app_user;--" period="2026-01-01/P6M"><dataValue dataElement="&lt;script&gt;" value="1"/></group></adx>`,
      422,
      'IMPORT_INVALID',
    ],
  ])('answers %s with a stable 4xx code', async (_name, fileName, data, status, expected) => {
    expect(answer(await post(fileName, data))).toEqual([status, expected]);
  });

  it('answers mutated valid files with a result or a catalogued 4xx, never a 500', async () => {
    const allowed = ['ok', 'ADX_INVALID', 'IMPORT_INVALID', 'IMPORT_EMPTY', 'FILE_TOO_LARGE'];
    await fc.assert(
      fc.asyncProperty(mutatedAdx, async (text) => {
        const [status, code] = answer(await post('f.adx.xml', text || ' '));
        expect(status).toBeLessThan(500);
        expect(allowed).toContain(code);
      }),
      { numRuns: 60 },
    );
  });
});

/** "Billion laughs": ten levels of entities, each ten of the one below (10⁹ "lol" if expanded). */
function laughs(): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE adx [<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ']>',
    `${ROOT}<group orgUnit="&lol9;" period="2026-01-01/P6M"/></adx>`,
  ].join('\n');
}
