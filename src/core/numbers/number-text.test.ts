/** The one number reader and writer, shared by the web app, the import and the CLI. */
import { describe, expect, it } from 'vitest';
import { formatNumber, numberMessage, parseNumber, readNumber } from './number-text.ts';

describe('readNumber, Vietnamese', () => {
  it('reads "." as thousands and "," as decimals', () => {
    expect(
      ['1.000', '3,5', '1.250', '1.234.567', '1.234,5', '0', '12', '0,25', '1 250', '1\u00a0250'].map((s) =>
        parseNumber(s),
      ),
    ).toEqual([1000, 3.5, 1250, 1234567, 1234.5, 0, 12, 0.25, 1250, 1250]);
  });

  it('refuses "1.5" and "12.50" as ambiguous (a dot not followed by three digits), "1,234.5" too', () => {
    for (const s of ['1.5', '12.50', '1.00', '1.0000', '1,234.5', '1,000.25'])
      expect(readNumber(s, 'vi')).toEqual({ ok: false, error: 'ambiguous', text: s });
  });

  it('refuses what is no number', () => {
    for (const s of ['abc', '1..000', '1,2,3', '1e5', '--1', '1.000.00', ','])
      expect(readNumber(s, 'vi')).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('reads a minus sign (the bounds refuse it with their own message) and nothing as no figure', () => {
    expect(parseNumber('-2')).toBe(-2);
    expect(parseNumber('\u22122')).toBe(-2);
    expect(readNumber('  ')).toBeNull();
  });

  it('keeps a long number as the nearest double (the bounds refuse it)', () => {
    expect(parseNumber('99999999999999999999')).toBe(1e20);
  });
});

describe('readNumber, English', () => {
  it('reads "," as thousands and "." as decimals', () => {
    expect(['1,000', '3.5', '1,234,567.25', '1.000'].map((s) => parseNumber(s, 'en'))).toEqual([
      1000, 3.5, 1234567.25, 1,
    ]);
  });

  it('refuses "1,5" as ambiguous', () => {
    expect(readNumber('1,5', 'en')).toEqual({ ok: false, error: 'ambiguous', text: '1,5' });
  });
});

describe('formatNumber', () => {
  it('writes with Intl, the same in boxes and summaries', () => {
    expect([formatNumber(1000), formatNumber(1250), formatNumber(3.5), formatNumber(1234567.25)]).toEqual([
      '1.000',
      '1.250',
      '3,5',
      '1.234.567,25',
    ]);
    expect([formatNumber(1000, 'en'), formatNumber(3.5, 'en')]).toEqual(['1,000', '3.5']);
  });

  it('reads back what it writes', () => {
    for (const n of [0, 7, 1000, 1250.75, 10_000_000, 0.125])
      for (const l of ['vi', 'en'] as const) expect(parseNumber(formatNumber(n, l), l)).toBe(n);
  });
});

describe('numberMessage', () => {
  it('shows both ways of writing an ambiguous number', () => {
    expect(numberMessage({ error: 'ambiguous', text: '1.5' })[0]).toBe(
      '"1.5" không rõ là số nào: dấu chấm tách hàng nghìn (1.500), dấu phẩy trước phần thập phân (1,5).',
    );
  });
});
