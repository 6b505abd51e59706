/**
 * Report figures that count survivors (core/disclosure/case-count-elements.ts) through the
 * disclosure rule (core/disclosure/protect.ts, docs/CASES.md) wherever they leave as statistics:
 * the summary's sums, the .csv/.xlsx/ADX export and the consolidated .docx. One table per answer:
 * each unit's element is a line per split of its total (female + male, the age bands, the ethnic
 * minority and the rest), and each element and category summed over the units is the margin of
 * their values — the sums a province's summary shows. Cells of units below the province are
 * sensitive; the sums are hidden when they alone would give a lone unit away.
 */
import { CASE_COUNT_ELEMENTS } from '../../core/disclosure/case-count-elements.ts';
import { protect, type Line } from '../../core/disclosure/protect.ts';

export interface ReportCell {
  unit: string;
  /** The unit is below the province. */
  below: boolean;
  element: string;
  category: string;
  value: number;
}

const SPLITS: readonly (readonly string[])[] = [
  ['female', 'male'],
  ['age:0-15', 'age:16-59', 'age:60+'],
  ['ethnic_minority'],
];

/** Which cells to hide, and which sums over the units (element|category) to hide. */
export function protectReport(cells: readonly ReportCell[], k: number) {
  const values: number[] = [];
  const sensitive: boolean[] = [];
  const lines: Line[] = [];
  const index = new Map<string, number>();
  const add = (key: string, n: number, s: boolean) => {
    index.set(key, values.length);
    values.push(n);
    sensitive.push(s);
    return values.length - 1;
  };
  const guarded = cells.filter((c) => CASE_COUNT_ELEMENTS.has(c.element));
  const at = guarded.map((c) => add(`${c.unit}|${c.element}|${c.category}`, c.value, c.below));
  // splits of each unit's total, with the rest (unknown sex, not a minority) as a cell never shown
  const byUnitElement = new Map<string, ReportCell[]>();
  for (const c of guarded) {
    const key = `${c.unit}|${c.element}`;
    byUnitElement.set(key, [...(byUnitElement.get(key) ?? []), c]);
  }
  for (const [key, list] of byUnitElement) {
    const total = index.get(`${key}|total`);
    if (total === undefined) continue;
    for (const split of SPLITS) {
      const parts = split.flatMap((cat) => {
        const i = index.get(`${key}|${cat}`);
        return i === undefined ? [] : [i];
      });
      if (parts.length === 0) continue;
      const rest = values[total]! - parts.reduce((a, p) => a + values[p]!, 0);
      if (rest < 0) continue;
      lines.push({ total, parts: [...parts, add(`${key}|rest:${split[0]}`, rest, list[0]!.below)] });
    }
  }
  // each element and category summed over the units
  const sums = new Map<string, number[]>();
  guarded.forEach((c, i) => {
    const key = `${c.element}|${c.category}`;
    sums.set(key, [...(sums.get(key) ?? []), at[i]!]);
  });
  const sumAt = new Map<string, number>();
  for (const [key, parts] of sums) {
    if (parts.length < 2) continue; // one unit: its own cell is the sum
    const total = add(
      `sum|${key}`,
      parts.reduce((a, p) => a + values[p]!, 0),
      false,
    );
    sumAt.set(key, total);
    lines.push({ total, parts });
  }
  const hidden = protect({ values, sensitive, lines }, k);
  const hiddenCells = new Set(guarded.filter((_, i) => hidden[at[i]!]));
  const hiddenSums = new Set<string>();
  for (const [key, i] of sumAt) if (hidden[i]) hiddenSums.add(key);
  // a lone unit's cell is the sum itself
  for (const [key, parts] of sums) if (parts.length === 1 && hidden[parts[0]!]) hiddenSums.add(key);
  return { hiddenCells: (c: ReportCell) => hiddenCells.has(c), hiddenSums };
}

/** How a hidden figure is written in a file: "<5". */
export const hiddenText = (k: number) => `<${k}`;
