/**
 * Disclosure control for counts of GBV survivors: the one function every statistic about cases
 * goes through before it is shown (API, web, exports, dashboards, map, indicators, report sums).
 * docs/CASES.md "Statistics that identify no one" gives the rule and its sources.
 *
 * Primary: a cell of 1 to k − 1 survivors that the caller marks sensitive (a population below the
 * province, or a crossed cell at province level) is hidden. Zero is shown: it is about no one.
 * Secondary (complementary): in every line (a margin and the cells it adds up) that has a hidden
 * cell, a second one is hidden, and more until the hidden cells of the line together hold at least
 * k (else each is known to be small: two hidden cells summing to 2 are both 1); the candidate is
 * the line's smallest non-zero shown cell, then its margin. Then the attacker's solver
 * (determined.ts) runs over all lines together, and any cell it still pins down gets its line
 * widened the same way, until none is determined. Cells shown elsewhere (locked) are never hidden.
 */
import { determinedCells, type Line } from './determined.ts';

export type { Line } from './determined.ts';

/** The smallest threshold allowed; the configuration may raise it, never lower it. */
export const MIN_THRESHOLD = 5;

export interface Table {
  values: readonly number[];
  /** Cells subject to the primary rule (the caller decides by the population they describe). */
  sensitive: readonly boolean[];
  lines: readonly Line[];
  /** Cells published by another answer (e.g. the province total beside its communes). */
  locked?: readonly boolean[];
}

/** Is a count below the threshold (and not zero)? */
export const small = (n: number, k: number): boolean => n > 0 && n < k;

/** The cells to hide: true where the cell must be shown as "<k". */
export function protect(t: Table, k: number): boolean[] {
  if (!(k >= MIN_THRESHOLD)) throw new Error(`disclosure threshold ${k} is below ${MIN_THRESHOLD}`);
  const hidden = t.values.map((v, i) => (t.sensitive[i] ?? false) && small(v, k));
  const locked = (i: number) => t.locked?.[i] ?? false;
  /** Hide one more cell of the line; false when none is left. */
  const widen = (l: Line): boolean => {
    const open = l.parts.filter((p) => !hidden[p] && !locked(p));
    const nonZero = open.filter((p) => t.values[p]! > 0).sort((a, b) => t.values[a]! - t.values[b]!);
    const pick = nonZero[0] ?? (!hidden[l.total] && !locked(l.total) ? l.total : open[0]);
    if (pick === undefined) return false;
    hidden[pick] = true;
    return true;
  };
  const members = (l: Line) => [l.total, ...l.parts];
  for (let guard = 0; guard < 10_000; guard++) {
    let changed = false;
    for (const l of t.lines) {
      const h = members(l).filter((i) => hidden[i]);
      if (h.length === 0) continue;
      const weak =
        h.length === 1 ||
        (!hidden[l.total] && l.parts.reduce((a, p) => a + (hidden[p] ? t.values[p]! : 0), 0) < k);
      if (weak && widen(l)) changed = true;
    }
    if (changed) continue;
    const pinned = determinedCells(hidden, t.lines);
    if (pinned.length === 0) return hidden;
    for (const cell of pinned) {
      const l = t.lines.find((x) => members(x).includes(cell) && widen(x));
      if (l) changed = true;
    }
    if (!changed) return hidden; // only locked cells pin them: nothing more can be hidden here
  }
  return hidden;
}

/** A shown value, or null where hidden. */
export const shown = (values: readonly number[], hidden: readonly boolean[]) =>
  values.map((v, i) => (hidden[i] ? null : v));
