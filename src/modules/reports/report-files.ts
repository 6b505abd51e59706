/**
 * Report figures as files: CSV (RFC 4180, UTF-8 with BOM so Excel shows Vietnamese), .xlsx, and
 * ADX — the aggregate data exchange XML that DHIS2 imports (IHE QRPH ADX, urn:ihe:qrph:adx:2015).
 * The CSV/XLSX columns are the import's: unit_code, unit_version, period_start, element_code,
 * category, value; the others (names, status) are for people and ignored on import.
 */
import ExcelJS from 'exceljs';
import { csvNumber, toCsvFile, unneutralise } from '../../core/files/csv.ts';
import { decimalComma } from '../../core/files/xlsx-rows.ts';
import type { PeriodType } from './periods.ts';

export const COLUMNS = [
  'unit_code',
  'unit_version',
  'unit_name',
  'period_start',
  'element_code',
  'element_name',
  'category',
  'value',
  'status',
] as const;
export type ValueRow = Record<(typeof COLUMNS)[number], string>;

/** A figure's decimal mark as the import reads it back (a comma, as Vietnamese Excel writes it). */
export { decimalComma };

/** The value is a figure the system wrote (a number, "-3" stays a number); every other cell is text,
 * neutralised against formula injection by the shared writer (core/files/csv.ts). */
export function toCsv(rows: ValueRow[]): Buffer {
  return toCsvFile(
    COLUMNS,
    rows.map((r) => COLUMNS.map((c) => (c === 'value' ? csvNumber(decimalComma(r[c])) : r[c]))),
  );
}

/** Rows of a CSV file as records by header (header names trimmed, lower-cased). */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.replace(/^\uFEFF/, '');
  // Excel set to Vietnamese writes ';' between fields (',' is its decimal mark).
  const headerLine = src.slice(0, src.search(/\r|\n|$/));
  const sep = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const records: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      records.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    records.push(row);
  }
  const [header = [], ...data] = records.filter((r) => r.some((c) => c.trim() !== ''));
  const keys = header.map((h) => h.trim().toLowerCase());
  return data.map((r) => Object.fromEntries(keys.map((k, i) => [k, unneutralise((r[i] ?? '').trim())])));
}

/** exceljs writes a string as a string cell (a formula only from `{ formula }`, which no row holds),
 * so a name beginning with "=" is shown as text, never run. */
export async function toXlsx(rows: ValueRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c.endsWith('name') ? 40 : 16 }));
  // a hidden count ("<5", report-disclosure.ts) stays text
  for (const r of rows) ws.addRow({ ...r, value: /^-?[\d.]+$/.test(r.value) ? Number(r.value) : r.value });
  ws.getRow(1).font = { bold: true };
  wb.title = title;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet's rows (read in the file worker by the import: core/files/office-reader.ts). */
export { xlsxRows as parseXlsx } from '../../core/files/xlsx-rows.ts';

export const ADX_NS = 'urn:ihe:qrph:adx:2015';
/** ADX period durations (`2026-01-01/P6M`) by period type. */
export const ADX_DURATION: Record<PeriodType, string> = {
  monthly: 'P1M',
  quarterly: 'P3M',
  semiannual: 'P6M',
  annual: 'P1Y',
};
/** ADX disaggregation attributes for our categories (codes to be mapped in DHIS2 as category options). */
export const ADX_CATEGORY: Record<string, [string, string] | null> = {
  total: null,
  female: ['SEX', 'F'],
  male: ['SEX', 'M'],
  'age:0-15': ['AGE_GROUP', 'Y0T15'],
  'age:16-59': ['AGE_GROUP', 'Y16T59'],
  'age:60+': ['AGE_GROUP', 'Y_GE60'],
  ethnic_minority: ['ETHNICITY', 'MINORITY'],
};
const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One ADX group per unit and period (dataSet = the form's code), one dataValue per value. */
export function toAdx(rows: ValueRow[], formCode: string, periodType: PeriodType, exported: Date): Buffer {
  const groups = new Map<string, ValueRow[]>();
  for (const r of rows) {
    const key = `${r.unit_version}|${r.unit_code}|${r.period_start}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<adx xmlns="${ADX_NS}" exported="${exported.toISOString()}">`,
  ];
  for (const values of groups.values()) {
    const first = values[0]!;
    out.push(
      // A unit of the 2024 list says so (its code may be a different unit's in 2025); 2025 is implied.
      `  <group orgUnit="${xml(first.unit_code)}"${first.unit_version === '2025' ? '' : ` unitVersion="${xml(first.unit_version)}"`} period="${first.period_start}/${ADX_DURATION[periodType]}" dataSet="${xml(formCode)}">`,
    );
    for (const v of values) {
      const cat = ADX_CATEGORY[v.category];
      const attr = cat ? ` ${cat[0]}="${cat[1]}"` : '';
      out.push(`    <dataValue dataElement="${xml(v.element_code)}"${attr} value="${xml(v.value)}"/>`);
    }
    out.push('  </group>');
  }
  out.push('</adx>');
  return Buffer.from(`${out.join('\n')}\n`, 'utf8');
}
