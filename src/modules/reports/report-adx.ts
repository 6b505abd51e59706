/**
 * ADX in: the aggregate data exchange XML that toAdx writes and DHIS2 exports
 * (`<adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit period dataSet><dataValue dataElement value
 * SEX="F"/>`), read back into the rows a .csv/.xlsx import gives (unit_code, unit_version,
 * period_start, element_code, category, value). Read by the strict XML reader (no DOCTYPE, no
 * entities, bounded): a file that is not well-formed ADX is refused with ADX_INVALID and the line;
 * what is well-formed but wrong (unknown unit, period, element, disaggregation, number) is left to
 * the import's row checks, which name each line. Two extra keys go with each row: `adx_period`
 * (the period as written, so the import can check its duration against the form), `adx_dataset`
 * (the group's dataSet, checked against the form's code) and `adx_line`.
 */
import { AppError } from '../../core/errors/app-error.ts';
import {
  lineCounter,
  readXml,
  XmlError,
  type XmlElement,
  type XmlLimits,
} from '../../core/files/strict-xml.ts';
import { ADX_CATEGORY, ADX_NS } from './report-files.ts';

/** Beyond the import's 100 000 rows a file is refused anyway; this bounds the work first. */
export const MAX_ADX_VALUES = 100_000;
export const MAX_ADX_CHARS = 25 * 1024 * 1024;
const LIMITS: XmlLimits = {
  maxDepth: 8,
  maxElements: 3 * MAX_ADX_VALUES,
  maxAttributes: 32,
  maxAttributeLength: 1000,
};
/** Elements by depth: adx > group > dataValue > annotation. */
const ELEMENTS = ['adx', 'group', 'dataValue', 'annotation'];
const GROUP_ATTRIBUTES = new Set(['orgUnit', 'unitVersion', 'period', 'dataSet', 'completeDate']);
const VALUE_ATTRIBUTES = new Set(['dataElement', 'value']);
/** "SEX=F" → "female", from the export's table. */
const CATEGORY_OF = new Map<string, string>(
  Object.entries(ADX_CATEGORY).flatMap(([category, a]) =>
    a ? [[`${a[0]}=${a[1]}`, category] as const] : [],
  ),
);
const PERIOD = /^(\d{4}-\d{2}-\d{2})\/(P[0-9A-Z]{1,10})$/;

/** An xs:decimal ("12", "1.5", "+3", ".5") written the way the import's parseNumber reads it
 * ("1.234" there is Vietnamese for 1234; ADX means 1.234, so the decimal point becomes ","). */
function adxNumber(value: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m || (m[2] === '' && !m[3])) return value;
  return `${m[1] === '-' ? '-' : ''}${m[2] || '0'}${m[3] ? `,${m[3]}` : ''}`;
}

/** Disaggregation attributes (any not known to ADX itself, and not namespaced) as NAME=VALUE. */
const dimensions = (el: XmlElement, known: Set<string>) =>
  [...el.attributes].filter(([k]) => !known.has(k) && !k.includes(':')).map(([k, v]) => `${k}=${v}`);

export function parseAdx(text: string): Record<string, string>[] {
  if (text.length > MAX_ADX_CHARS) throw new AppError('FILE_TOO_LARGE');
  const rows: Record<string, string>[] = [];
  const lineOf = lineCounter(text);
  let group: XmlElement | null = null;
  const need = (el: XmlElement, name: string) => {
    const v = el.attributes.get(name);
    if (v === undefined || (name !== 'value' && v.trim() === ''))
      throw new XmlError(`Thẻ <${el.local}> thiếu thuộc tính ${name}.`, el.at);
    return v.trim();
  };
  try {
    readXml(text, LIMITS, (el) => {
      const expected = ELEMENTS[el.depth - 1];
      if (el.depth === 1 && (el.ns !== ADX_NS || el.local !== 'adx'))
        throw new XmlError(
          `Phần tử gốc phải là <adx xmlns="${ADX_NS}">; tệp có <${el.local}>${el.ns ? ` (namespace ${el.ns})` : ' không có namespace'}.`,
          el.at,
        );
      if (el.ns !== ADX_NS || el.local !== expected)
        throw new XmlError(
          expected
            ? `Ở đây ADX chỉ có thẻ <${expected}>, tệp có <${el.local}>.`
            : `Thẻ <${el.local}> không được có trong <annotation>.`,
          el.at,
        );
      if (el.depth === 2) {
        need(el, 'orgUnit');
        need(el, 'period');
        group = el;
      }
      if (el.depth !== 3) return;
      if (rows.length >= MAX_ADX_VALUES) throw new AppError('FILE_TOO_LARGE');
      const g = group!;
      const period = need(g, 'period');
      const dims = [...dimensions(g, GROUP_ATTRIBUTES), ...dimensions(el, VALUE_ATTRIBUTES)];
      rows.push({
        unit_code: need(g, 'orgUnit'),
        unit_version: g.attributes.get('unitVersion')?.trim() || '2025', // toAdx marks 2024 units
        period_start: PERIOD.exec(period)?.[1] ?? period,
        element_code: need(el, 'dataElement'),
        category:
          dims.length === 0
            ? 'total'
            : dims.length === 1
              ? (CATEGORY_OF.get(dims[0]!) ?? dims[0]!)
              : dims.join(' '),
        value: adxNumber(need(el, 'value')),
        adx_period: period,
        adx_dataset: g.attributes.get('dataSet')?.trim() ?? '',
        adx_line: String(lineOf(el.at)),
      });
    });
  } catch (err) {
    if (err instanceof XmlError)
      throw new AppError('ADX_INVALID', [{ path: `line ${lineOf(err.at)}`, message: err.message }]);
    throw err;
  }
  return rows;
}

/** An ADX file's bytes: UTF-8 only (a BOM allowed), refused whole otherwise. */
export function parseAdxFile(data: Buffer): Record<string, string>[] {
  if (data.length > MAX_ADX_CHARS) throw new AppError('FILE_TOO_LARGE');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw new AppError('ADX_INVALID', [{ path: 'file', message: 'Tệp ADX phải mã hóa UTF-8.' }]);
  }
  return parseAdx(text);
}
