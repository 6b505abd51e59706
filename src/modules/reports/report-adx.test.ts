/**
 * parseAdx on its own: the export's attributes mapped back to categories, ADX decimals made
 * unambiguous for the import, namespaces by prefix, and what is refused (with the line).
 */
import { TEST_NOW } from '../../../tests/support/test-clock.ts';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.ts';
import { parseAdx, parseAdxFile } from './report-adx.ts';
import { toAdx, type ValueRow } from './report-files.ts';

const adx = (body: string, root = '<adx xmlns="urn:ihe:qrph:adx:2015">') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${body}\n</adx>`;
const group = (values: string, attrs = '') =>
  `<group orgUnit="11953" period="2026-01-01/P6M" dataSet="GE"${attrs}>\n${values}\n</group>`;

function refusal(text: string): { code: string; details: unknown } {
  try {
    parseAdx(text);
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, details: err.details };
    throw err;
  }
  throw new Error('not refused');
}

describe('parseAdx', () => {
  it('gives back what toAdx wrote, every category included', () => {
    const categories = ['total', 'female', 'male', 'age:0-15', 'age:16-59', 'age:60+', 'ethnic_minority'];
    const rows: ValueRow[] = categories.map((category, i) => ({
      unit_code: i < 4 ? '11953' : '13225',
      unit_version: '2025',
      unit_name: '',
      period_start: '2026-07-01',
      element_code: `E&<"${i}>`,
      element_name: '',
      category,
      value: String(i * 10),
      status: '',
    }));
    const back = parseAdx(toAdx(rows, 'GE', 'semiannual', new Date(0)).toString('utf8'));
    expect(back.map(({ adx_line: _line, ...r }) => r)).toEqual(
      rows.map((r) => ({
        unit_code: r.unit_code,
        unit_version: '2025',
        period_start: '2026-07-01',
        element_code: r.element_code,
        category: r.category,
        value: r.value,
        adx_period: '2026-07-01/P6M',
        adx_dataset: 'GE', // the form the group names, checked against the chosen one on import
      })),
    );
    expect(back.map((r) => r.adx_line)).toEqual(['4', '5', '6', '7', '10', '11', '12']);
  });

  it('keeps a 2024 unit apart from the 2025 unit with the same code', () => {
    const row = (unit_version: string, value: string): ValueRow => ({
      unit_code: '11953',
      unit_version,
      unit_name: '',
      period_start: '2025-01-01',
      element_code: 'COMMUNICATION_EVENTS',
      element_name: '',
      category: 'total',
      value,
      status: 'approved',
    });
    const text = toAdx(
      [row('2024', '3'), row('2025', '4')],
      'GE_MONTHLY',
      'monthly',
      new Date(TEST_NOW),
    ).toString();
    expect(text).toContain('orgUnit="11953" unitVersion="2024"');
    expect(parseAdx(text).map((r) => [r.unit_version, r.value])).toEqual([
      ['2024', '3'],
      ['2025', '4'],
    ]);
  });

  it('writes ADX decimals the way the import reads them (1.234 is not a thousand there)', () => {
    const values = ['1.234', '12', '+3', '.5', '-2.50', '7.', 'abc', ''];
    const rows = parseAdx(
      adx(group(values.map((v) => `<dataValue dataElement="E" value="${v}"/>`).join('\n'))),
    );
    expect(rows.map((r) => r.value)).toEqual(['1,234', '12', '3', '0,5', '-2,50', '7', 'abc', '']);
  });

  it('reads a prefixed namespace, annotations, comments and CDATA; unknown dimensions stay visible', () => {
    const text = `<a:adx xmlns:a="urn:ihe:qrph:adx:2015"><!-- từ DHIS2 -->
      <a:group orgUnit="1" period="2026-01-01/P1M" FUNDING="X" xmlns:x="urn:x" x:note="y">
        <a:dataValue dataElement="E" value="1"><a:annotation><![CDATA[<ghi chú>]]></a:annotation></a:dataValue>
        <a:dataValue dataElement="E" SEX="F" AGE_GROUP="Y0T15" value="2"/>
      </a:group></a:adx>`;
    expect(parseAdx(text).map((r) => r.category)).toEqual(['FUNDING=X', 'FUNDING=X SEX=F AGE_GROUP=Y0T15']);
  });

  it.each([
    ['a DOCTYPE', `<!DOCTYPE adx [<!ENTITY x "y">]>${adx('')}`, 'line 1', /DOCTYPE/],
    ['an undeclared entity', adx(group('<dataValue dataElement="&x;" value="1"/>')), 'line 4', /thực thể/],
    ['another root', '<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"/>', 'line 1', /adx/],
    ['ADX without its namespace', '<adx><group/></adx>', 'line 1', /namespace/],
    ['an unknown element', adx('<group orgUnit="1" period="p"><value/></group>'), 'line 3', /dataValue/],
    ['a group without orgUnit', adx('<group period="p"/>'), 'line 3', /orgUnit/],
    [
      'a truncated file',
      adx(group('<dataValue dataElement="E" value="1"/>')).replace(/<\/group>[^]*$/, ''),
      'line 3',
      /đóng/,
    ],
    ['mismatched tags', adx('<group orgUnit="1" period="p"></dataValue>'), 'line 3', /không khớp/],
    ['a control character', adx('\u0001'), 'line 3', /ký tự/],
  ])('refuses %s with ADX_INVALID and the line', (_name, text, path, message) => {
    const r = refusal(text);
    expect(r.code).toBe('ADX_INVALID');
    expect(r.details).toEqual([{ path, message: expect.stringMatching(message) as string }]);
  });

  it('refuses bytes that are not UTF-8, and files over its limits', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return err instanceof AppError ? err.code : String(err);
      }
      return 'no error';
    };
    expect(codeOf(() => parseAdxFile(Buffer.from([0xff, 0xfe, 0x3c, 0x00])))).toBe('ADX_INVALID');
    expect(parseAdxFile(Buffer.from(`\ufeff${adx('')}`, 'utf8'))).toEqual([]);
    expect(codeOf(() => parseAdx(' '.repeat(26 * 1024 * 1024)))).toBe('FILE_TOO_LARGE');
    const many = adx(group('<dataValue dataElement="E" value="1"/>'.repeat(100_001)));
    expect(codeOf(() => parseAdx(many))).toBe('FILE_TOO_LARGE');
  });
});
