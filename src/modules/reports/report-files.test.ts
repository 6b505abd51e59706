/** The .csv/.xlsx exports read back by the import give the same numbers, decimals included. */
import { describe, expect, it } from 'vitest';
import { parseCsv, parseXlsx, toCsv, toXlsx, type ValueRow } from './report-files.ts';
import { parseNumber } from './report-import.service.ts';

const VALUES = ['1.234', '12.5', '1234', '0', '1234567.891'];
const rows: ValueRow[] = VALUES.map((value, i) => ({
  unit_code: String(11953 + i),
  unit_version: '2025',
  unit_name: 'Phường Phố Hiến',
  period_start: '2026-01-01',
  element_code: 'COMMUNICATION_EVENTS',
  element_name: 'Số cuộc truyền thông',
  category: 'total',
  value,
  status: 'draft',
}));

describe('export → import of figures', () => {
  it('keeps decimals through .csv (1.234 stays one point two three four)', () => {
    const back = parseCsv(toCsv(rows).toString('utf8'));
    expect(back.map((r) => parseNumber(r.value ?? ''))).toEqual(VALUES.map(Number));
  });

  it('keeps decimals through .xlsx', async () => {
    const back = await parseXlsx(await toXlsx(rows, 'thử'));
    expect(back.map((r) => parseNumber(r.value ?? ''))).toEqual(VALUES.map(Number));
  });

  it('still reads what people type: Vietnamese thousands and decimal commas', () => {
    expect(['1.234', '12,5', '1 234', '1.234.567'].map((s) => parseNumber(s))).toEqual([
      1234, 12.5, 1234, 1234567,
    ]);
  });
});
