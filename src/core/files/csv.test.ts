import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, csvText, toCsvFile, unneutralise } from './csv.ts';

describe('CSV cells (formula injection, OWASP)', () => {
  it('neutralises text that a spreadsheet would run as a formula: quote prefix, quoted field', () => {
    expect(csvText('=HYPERLINK("http://x","bấm")')).toBe(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csvText('+1+1')).toBe(`"'+1+1"`);
    expect(csvText('-2+3')).toBe(`"'-2+3"`);
    expect(csvText('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvText('\t=1')).toBe(`"'\t=1"`);
    expect(csvText('\r=1')).toBe(`"'\r=1"`);
  });
  it('leaves ordinary text readable, quoting only what needs it', () => {
    expect(csvText('Phường Thái Bình')).toBe('Phường Thái Bình');
    expect(csvText('a, b')).toBe('"a, b"');
    expect(csvText('age:0-15')).toBe('age:0-15');
  });
  it('keeps the numbers the system wrote as numbers, negative ones included', () => {
    expect(csvField(csvNumber('-3'))).toBe('-3');
    expect(csvField(csvNumber('-1,5'))).toBe('"-1,5"');
    expect(csvField(csvNumber('12'))).toBe('12');
    // a "number" that is not one is text and neutralised as such
    expect(csvField(csvNumber('-1+cmd'))).toBe(`"'-1+cmd"`);
  });
  it('reads a neutralised field back as it was', () => {
    expect(unneutralise("'=X")).toBe('=X');
    expect(unneutralise("'bình thường")).toBe("'bình thường");
    const file = toCsvFile(['a', 'b'], [['=1', csvNumber('-2')]]).toString('utf8');
    expect(file).toBe(`\uFEFFa,b\r\n"'=1",-2\r\n`);
  });
});
