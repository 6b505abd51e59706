/**
 * Indicator values computed from counts of survivors (core/disclosure/case-count-elements.ts: NQ 28
 * NSGE-3.2a and the other GBV/DV elements) go through the disclosure rule
 * (core/disclosure/protect.ts) below the province: the operands of all indicators of an answer are
 * one table, an element's value one cell however many indicators read it, and a percentage adds
 * the line base = numerator + the rest (the rest counts survivors too: 6 detected, 5 supported
 * gives 1 away). A hidden operand hides the value and the verdict (status 'suppressed': "met 80%"
 * of 3 survivors is 3 of 3). For a province's communes, the province's sums are the margin, shown
 * in the province's own answer: computed the same way for both answers, so when a lone hidden
 * commune would make the province's sum give it away, the province's value is hidden as well.
 */
import { CASE_COUNT_ELEMENTS } from '../../core/disclosure/case-count-elements.ts';
import { protect, type Line } from '../../core/disclosure/protect.ts';
import type { IndicatorRow } from './indicators.repository.ts';
import type { TIndicatorValue } from './indicators.schema.ts';

export const countsSurvivors = (r: IndicatorRow): boolean =>
  (r.numerator_code !== null && CASE_COUNT_ELEMENTS.has(r.numerator_code)) ||
  (r.denominator_code !== null && CASE_COUNT_ELEMENTS.has(r.denominator_code));

type Value = Pick<TIndicatorValue, 'numerator' | 'denominator' | 'value' | 'status' | 'suppressed'>;
/** One value to protect: the indicator, the unit it is of (a group; null: the scope) and the value. */
export interface Entry {
  row: IndicatorRow;
  group: number | null;
  value: Value;
}

export function hide(v: Value): void {
  v.numerator = null;
  v.denominator = null;
  v.value = null;
  v.status = 'suppressed';
  v.suppressed = true;
}

/**
 * Hides, in place, the operands that would show fewer than k survivors (and those that would give
 * them away), for entries below the province. `scopeSums` (a province over its communes): the
 * province's numerator and denominator per indicator (its own rows are a part, locked). Returns
 * the indicators whose province sum must be hidden too.
 */
export function protectIndicators(
  entries: Entry[],
  k: number,
  scopeSums?: (row: IndicatorRow) => { numerator: number | null; denominator: number | null },
): Set<number> {
  const guarded = entries.filter((e) => countsSurvivors(e.row));
  if (guarded.length === 0) return new Set();
  const values: number[] = [];
  const sensitive: boolean[] = [];
  const locked: boolean[] = [];
  const lines: Line[] = [];
  const cells = new Map<string, number>();
  const cell = (key: string, n: number, isLocked = false) => {
    const at = cells.get(key);
    if (at !== undefined) return at;
    values.push(n);
    sensitive.push(!isLocked && !key.startsWith('scope|'));
    locked.push(isLocked);
    cells.set(key, values.length - 1);
    return values.length - 1;
  };
  const operand = (e: Entry, side: 'numerator' | 'denominator') => {
    const n = e.value[side];
    if (n === null) return null;
    const element = side === 'numerator' ? e.row.numerator_element_id : e.row.denominator_element_id;
    const category = side === 'numerator' ? e.row.numerator_category : e.row.denominator_category;
    return cell(`${e.group}|${element}|${category}`, n);
  };
  const at = guarded.map((e) => ({ e, num: operand(e, 'numerator'), den: operand(e, 'denominator') }));
  for (const { e, num, den } of at)
    if (
      num !== null &&
      den !== null &&
      e.row.unit === 'percent' &&
      e.value.numerator! <= e.value.denominator!
    )
      lines.push({
        total: den,
        parts: [num, cell(`${e.group}|rest|${e.row.id}`, e.value.denominator! - e.value.numerator!)],
      });
  if (scopeSums) {
    // Σ communes + the province's own rows = the province's sum, which its own answer shows
    const byOperand = new Map<string, { total: number; parts: number[] }>();
    for (const { e, num, den } of at) {
      const sums = scopeSums(e.row);
      for (const [side, c, element, category] of [
        ['numerator', num, e.row.numerator_element_id, e.row.numerator_category],
        ['denominator', den, e.row.denominator_element_id, e.row.denominator_category],
      ] as const) {
        const total = sums[side];
        if (c === null || total === null) continue;
        const key = `${element}|${category}`;
        const l = byOperand.get(key) ?? { total: cell(`scope|${key}`, total), parts: [] };
        if (!l.parts.includes(c)) l.parts.push(c);
        byOperand.set(key, l);
      }
    }
    for (const [key, l] of byOperand) {
      const rest = values[l.total]! - l.parts.reduce((a, p) => a + values[p]!, 0);
      lines.push({ total: l.total, parts: [...l.parts, cell(`scope-own|${key}`, rest, true)] });
    }
  }
  const hidden = protect({ values, sensitive, lines, locked }, k);
  const scopeHidden = new Set<number>();
  for (const { e, num, den } of at) {
    const key = (element: number | null, category: string) => cells.get(`scope|${element}|${category}`);
    const totals = [
      key(e.row.numerator_element_id, e.row.numerator_category),
      key(e.row.denominator_element_id, e.row.denominator_category),
    ];
    if (totals.some((c) => c !== undefined && hidden[c])) scopeHidden.add(e.row.id);
    if ((num !== null && hidden[num]) || (den !== null && hidden[den])) hide(e.value);
  }
  return scopeHidden;
}
