/**
 * Checks a report's numbers before it is submitted, and returns every problem with the field it
 * belongs to and a Vietnamese (and English) message: required fields, the value type's bounds
 * (src/core/numbers/value-bounds.ts: not negative, whole numbers for counts, at most the
 * maximum), parts not above their total (female ≤ total, female + male ≤ total, age groups ≤ total), and the form's cross-field rules (e.g. survivors supported ≤ survivors detected).
 */
import { valueProblem, type ValueType } from '../../core/numbers/value-bounds.ts';
import { CATEGORY_LABELS, PARTS_OF_TOTAL, type Disaggregation } from '../indicators/categories.ts';

export interface FieldSpec {
  elementCode: string;
  name: string;
  /** English name (messages are wholly in one language); the Vietnamese one when missing. */
  nameEn?: string;
  valueType: ValueType;
  /** The element's own maximum (null: the value type's). */
  maxValue?: number | null;
  disaggregation: Disaggregation;
  required: boolean;
}

export interface RuleSpec {
  left: string;
  leftCategory: string;
  operator: '<=' | '=' | '>=';
  right: string;
  rightCategory: string;
  message: string;
  messageEn: string;
}

export interface Problem {
  elementCode: string;
  category: string;
  message: string;
  messageEn: string;
}

/** Values by `${elementCode}|${category}`. */
export type ValueMap = ReadonlyMap<string, number>;
export const valueKey = (elementCode: string, category: string) => `${elementCode}|${category}`;

const label = (c: string) => CATEGORY_LABELS[c] ?? [c, c];

function checkField(f: FieldSpec, values: ValueMap, out: Problem[]): void {
  const get = (c: string) => values.get(valueKey(f.elementCode, c));
  const add = (category: string, message: string, messageEn: string) =>
    out.push({
      elementCode: f.elementCode,
      category,
      message: `${f.name}: ${message}`,
      messageEn: `${f.nameEn ?? f.name}: ${messageEn}`,
    });
  const total = get('total');
  if (f.required && total === undefined) add('total', 'chưa nhập tổng số.', 'the total is required.');
  for (const [key, v] of values) {
    const [code, category = 'total'] = key.split('|');
    if (code !== f.elementCode) continue;
    const p = valueProblem(f.valueType, v, f.maxValue);
    if (p) add(category, `${label(category)[0]} ${p.vi}`, `${label(category)[1]} ${p.en}`);
  }
  for (const group of PARTS_OF_TOTAL[f.disaggregation]) {
    const parts = group
      .map((c) => [c, get(c)] as const)
      .filter((p): p is readonly [string, number] => p[1] !== undefined);
    if (parts.length === 0) continue;
    if (total === undefined) {
      add('total', 'hãy nhập tổng số khi đã nhập số chi tiết.', 'enter the total when parts are entered.');
      continue;
    }
    for (const [c, v] of parts)
      if (v > total)
        add(
          c,
          `${label(c)[0]} (${v}) lớn hơn tổng số (${total}).`,
          `${label(c)[1]} (${v}) exceeds the total (${total}).`,
        );
    const sum = parts.reduce((s, [, v]) => s + v, 0);
    if (parts.length > 1 && sum > total) {
      const names = parts.map(([c]) => label(c)[0].toLowerCase()).join(' + ');
      add(
        parts[0]?.[0] ?? 'total',
        `${names} (${sum}) lớn hơn tổng số (${total}).`,
        `${parts.map(([c]) => label(c)[1].toLowerCase()).join(' + ')} (${sum}) exceed the total (${total}).`,
      );
    }
  }
}

function holds(op: RuleSpec['operator'], a: number, b: number): boolean {
  return op === '<=' ? a <= b : op === '>=' ? a >= b : a === b;
}

export function validateReport(fields: FieldSpec[], rules: RuleSpec[], values: ValueMap): Problem[] {
  const out: Problem[] = [];
  for (const f of fields) checkField(f, values, out);
  for (const r of rules) {
    const a = values.get(valueKey(r.left, r.leftCategory));
    const b = values.get(valueKey(r.right, r.rightCategory));
    if (a !== undefined && b !== undefined && !holds(r.operator, a, b))
      out.push({ elementCode: r.left, category: r.leftCategory, message: r.message, messageEn: r.messageEn });
  }
  return out;
}
