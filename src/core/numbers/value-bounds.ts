/**
 * What a figure of a data element may be. Each element has a value type: 'integer' (a count),
 * 'number' (a measure with decimals), 'percent', 'money' (đồng). Each type has bounds, and an
 * element may lower or raise the maximum (`max_value`, e.g. a population):
 * - integer: a whole number 0 … 10.000.000 (per commune report);
 * - number: 0 … 10.000.000, decimals allowed;
 * - percent: 0 … 100, decimals allowed;
 * - money: whole đồng, 0 … 1.000.000.000.000 (a thousand billion).
 * Shared by the API (save, submit, import) and the web app (the message at the field).
 */
import { formatNumber } from './number-text.ts';

export const VALUE_TYPES = ['integer', 'number', 'percent', 'money'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export const VALUE_BOUNDS: Record<ValueType, { max: number; whole: boolean }> = {
  integer: { max: 10_000_000, whole: true },
  number: { max: 10_000_000, whole: false },
  percent: { max: 100, whole: false },
  money: { max: 1_000_000_000_000, whole: true },
};

/** Whether a figure of the type may have decimals (the web's keyboard). */
export const allowsDecimals = (type: ValueType) => !VALUE_BOUNDS[type].whole;

export interface ValueProblem {
  code: 'negative' | 'not_whole' | 'too_large';
  vi: string;
  en: string;
}

/** What is wrong with a figure of the type (null: nothing). `maxValue`: the element's own maximum. */
export function valueProblem(type: ValueType, value: number, maxValue?: number | null): ValueProblem | null {
  const { max: typeMax, whole } = VALUE_BOUNDS[type];
  const max = maxValue ?? typeMax;
  if (!Number.isFinite(value) || value > max)
    return {
      code: 'too_large',
      vi: `${formatNumber(value)} vượt quá mức tối đa ${formatNumber(max)}${type === 'percent' ? '%' : ''}.`,
      en: `${formatNumber(value, 'en')} is above the maximum ${formatNumber(max, 'en')}${type === 'percent' ? '%' : ''}.`,
    };
  if (value < 0) return { code: 'negative', vi: 'không được âm.', en: 'cannot be negative.' };
  if (whole && !Number.isInteger(value))
    return { code: 'not_whole', vi: 'phải là số nguyên.', en: 'must be a whole number.' };
  return null;
}
