/**
 * Which hidden cells of a table can be computed from what is shown: each line says
 * total = Σ parts; with the shown cells put in, the hidden ones form a linear system, and a hidden
 * cell is determined exactly when its unit vector lies in the span of that system's rows (adding it
 * does not raise the rank). Counts are small integers, so elimination in floating point with a
 * tolerance is exact enough. Used by protect() and by the property test as the attacker's solver.
 */
export interface Line {
  /** The index of the margin (total, sub-total, base) … */
  total: number;
  /** … and of the cells it adds up. */
  parts: readonly number[];
}

const EPS = 1e-9;

function rank(rows: number[][]): number {
  const m = rows.map((r) => r.slice());
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let p = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[p]![c]!)) p = i;
    if (Math.abs(m[p]![c]!) < EPS) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pivot = m[r]!;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / pivot[c]!;
      if (f !== 0) for (let j = c; j < width; j++) m[i]![j]! -= f * pivot[j]!;
    }
    r++;
  }
  return r;
}

/** The hidden cells (indices) that the shown cells and the lines determine. */
export function determinedCells(hidden: readonly boolean[], lines: readonly Line[]): number[] {
  const vars = hidden.flatMap((h, i) => (h ? [i] : []));
  if (vars.length === 0) return [];
  const col = new Map(vars.map((v, j) => [v, j]));
  const rows: number[][] = [];
  for (const l of lines) {
    const row = new Array<number>(vars.length).fill(0);
    let any = false;
    const add = (cell: number, coef: number) => {
      const j = col.get(cell);
      if (j === undefined) return;
      row[j]! += coef;
      any = true;
    };
    add(l.total, 1);
    for (const p of l.parts) add(p, -1);
    if (any) rows.push(row);
  }
  if (rows.length === 0) return [];
  const base = rank(rows);
  return vars.filter((_, j) => {
    const unit = new Array<number>(vars.length).fill(0);
    unit[j] = 1;
    return rank([...rows, unit]) === base;
  });
}
