/** The first sheet of an .xlsx as records by its header row (header names trimmed, lower-cased). */
import ExcelJS from 'exceljs';

/**
 * A figure as the import reads it back: the decimal mark is a comma, as Vietnamese Excel writes it
 * ("1.234" would be read as one thousand two hundred and thirty-four).
 */
export const decimalComma = (value: string) => value.replace('.', ',');

export async function xlsxRows(data: Buffer): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const keys: string[] = [];
  ws.getRow(1).eachCell((cell, col) => (keys[col] = String(cell.text).trim().toLowerCase()));
  const out: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const rec: Record<string, string> = {};
    keys.forEach((k, col) => {
      const c = row.getCell(col);
      // a number cell is a number: its decimal point must not be read as a thousands separator
      if (k) rec[k] = typeof c.value === 'number' ? decimalComma(String(c.value)) : String(c.text).trim();
    });
    if (Object.values(rec).some((v) => v !== '')) out.push(rec);
  });
  return out;
}
