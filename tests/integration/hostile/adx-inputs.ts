/**
 * Hostile ADX inputs shared by adx-fuzz.test.ts (parseAdx alone) and adx-import.test.ts (through
 * the API): valid files from toAdx over hostile codes, text made of XML syntax, mutated valid
 * files and the "billion laughs".
 */
import fc from 'fast-check';
import { ADX_CATEGORY, toAdx, type ValueRow } from '../../../src/modules/reports/report-files.ts';

export const NS = 'urn:ihe:qrph:adx:2015';
export const ROOT = `<adx xmlns="${NS}">`;

export const row = (element: string, category: string, value: string, unit = '11953'): ValueRow => ({
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
export const adxRows = fc.array(
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
export const tokenText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((t) => t.join(''));

/** A valid file with a few edits: slices cut or repeated, text inserted, characters replaced. */
export const mutatedAdx = fc
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

/** "Billion laughs": ten levels of entities, each ten of the one below (10⁹ "lol" if expanded). */
export function laughs(): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE adx [<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ']>',
    `${ROOT}<group orgUnit="&lol9;" period="2026-01-01/P6M"/></adx>`,
  ].join('\n');
}
