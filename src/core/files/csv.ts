/**
 * The one CSV writer (RFC 4180, UTF-8 with a BOM so Excel shows Vietnamese, CRLF line ends), safe
 * against formula injection (OWASP "CSV Injection"): a text cell beginning with =, +, -, @, a tab
 * or a carriage return would be run as a formula by Excel or LibreOffice (`=HYPERLINK(…)`), so it
 * is prefixed with a single quote and the field is quoted; the value stays readable ("'=HYPERLINK…").
 *
 * Numbers are not text: a figure written by the system (`csvNumber`, e.g. "-3" or "-1,5") stays a
 * number so a spreadsheet still adds it up. Only cells the system itself formats as numbers may be
 * passed that way — anything that came in as text (names, codes) goes through `csvText`.
 */

/** A cell the system formatted as a number: written as is (quoted only if it holds a separator). */
export interface CsvNumber {
  readonly numeric: string;
}
export type CsvCell = string | CsvNumber;

export const csvNumber = (numeric: string): CsvNumber => ({ numeric });

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;
/** A number as the system writes it: digits, one decimal mark, an optional sign. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A text cell, neutralised if a spreadsheet would read it as a formula. */
export function csvText(value: string): string {
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  return NEEDS_QUOTES.test(value) ? quoted(value) : value;
}

export function csvField(cell: CsvCell): string {
  if (typeof cell === 'string') return csvText(cell);
  // A "number" that is not one is text after all (and neutralised as text).
  if (!PLAIN_NUMBER.test(cell.numeric)) return csvText(cell.numeric);
  return NEEDS_QUOTES.test(cell.numeric) ? quoted(cell.numeric) : cell.numeric;
}

/** A whole CSV file: the header and the rows, every field through `csvField`. */
export function toCsvFile(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Buffer {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The reverse on import: a field that `csvText` neutralised ("'=X") reads back as it was ("=X"),
 * so an exported file imports unchanged.
 */
export function unneutralise(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}
