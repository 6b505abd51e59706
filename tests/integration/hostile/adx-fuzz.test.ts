/**
 * Hostile ADX for the report import's parser: arbitrary text, text made of XML's own syntax,
 * mutated valid files, deep nesting, entity bombs and external entities, huge names and attribute
 * values (through the API: adx-import.test.ts). parseAdx either gives rows of strings or throws a catalogued AppError (ADX_INVALID with a line, or FILE_TOO_LARGE) — never another
 * exception — and the big inputs finish well inside their test timeouts (the strict reader makes
 * one linear pass and refuses DOCTYPE, so nothing expands).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error.ts';
import { readXml, XmlError } from '../../../src/core/files/strict-xml.ts';
import { parseAdx } from '../../../src/modules/reports/report-adx.ts';
import { toAdx } from '../../../src/modules/reports/report-files.ts';
import { adxRows, laughs, mutatedAdx, NS, ROOT, row, tokenText } from './adx-inputs.ts';

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
