import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedCells, type Line } from './determined.ts';
import { protect, small } from './protect.ts';
import { windowOf } from './windows.ts';

/** A rows × cols table with row totals, column totals and the grand total, as protect() takes it. */
function crossTable(cells: number[][]) {
  const rows = cells.length;
  const cols = cells[0]!.length;
  const values: number[] = cells.flat();
  const at = (r: number, c: number) => r * cols + c;
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const grand = rows * cols + rows + cols;
  for (let r = 0; r < rows; r++) values.push(cells[r]!.reduce((a, b) => a + b, 0));
  for (let c = 0; c < cols; c++) values.push(cells.reduce((a, row) => a + row[c]!, 0));
  values.push(values.slice(0, rows * cols).reduce((a, b) => a + b, 0));
  const lines: Line[] = [];
  for (let r = 0; r < rows; r++)
    lines.push({ total: rowTotal(r), parts: [...Array(cols).keys()].map((c) => at(r, c)) });
  for (let c = 0; c < cols; c++)
    lines.push({ total: colTotal(c), parts: [...Array(rows).keys()].map((r) => at(r, c)) });
  lines.push({ total: grand, parts: [...Array(rows).keys()].map(rowTotal) });
  lines.push({ total: grand, parts: [...Array(cols).keys()].map(colTotal) });
  return { values, lines };
}

/** Case sets: survivors with a commune, a type and a sex, tabulated as the statistics page does. */
const caseSet = fc.array(fc.record({ unit: fc.nat(5), type: fc.nat(3), sex: fc.nat(1) }), { maxLength: 60 });

function check(
  values: readonly number[],
  lines: readonly Line[],
  hidden: boolean[],
  sensitive: boolean[],
  k: number,
) {
  // every primary cell is hidden
  values.forEach((v, i) => {
    if (sensitive[i] && small(v, k)) expect(hidden[i]).toBe(true);
  });
  // no line with a single hidden cell (it would be its margin minus the rest)
  for (const l of lines) {
    const h = [l.total, ...l.parts].filter((i) => hidden[i]).length;
    expect(h === 1).toBe(false);
  }
  // and no hidden cell follows from all the lines together (differences of lines included)
  expect(determinedCells(hidden, lines)).toEqual([]);
}

describe('protect (primary and complementary suppression)', () => {
  it('leaves no suppressed cell of a random crossed table computable from its margins', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((rows) =>
          fc.integer({ min: 1, max: 5 }).chain((cols) =>
            fc.array(fc.array(fc.oneof(fc.nat(4), fc.nat(30)), { minLength: cols, maxLength: cols }), {
              minLength: rows,
              maxLength: rows,
            }),
          ),
        ),
        fc.integer({ min: 5, max: 8 }),
        (cells, k) => {
          const { values, lines } = crossTable(cells);
          const sensitive = values.map(() => true);
          check(values, lines, protect({ values, sensitive, lines }, k), sensitive, k);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('protects a case set tabulated by commune × type and by sex, the province total shared', () => {
    fc.assert(
      fc.property(caseSet, (cases) => {
        const units = 6;
        const types = 4;
        const cells = [...Array(units)].map((_, u) =>
          [...Array(types)].map((__, t) => cases.filter((c) => c.unit === u && c.type === t).length),
        );
        const { values, lines } = crossTable(cells);
        const grand = values.length - 1;
        // the sex line of the same total: female + male = grand
        const sexAt = values.length;
        values.push(cases.filter((c) => c.sex === 0).length, cases.filter((c) => c.sex === 1).length);
        lines.push({ total: grand, parts: [sexAt, sexAt + 1] });
        // commune cells and commune totals are below the province; the province's margins are not
        const sensitive = values.map((_, i) => i < units * types + units);
        check(values, lines, protect({ values, sensitive, lines }, 5), sensitive, 5);
      }),
      { numRuns: 300 },
    );
  });

  it('hides the sexual assault of "total 6, physical 5" at commune level, and the total when nothing else can be', () => {
    const lines = [{ total: 0, parts: [1, 2] }];
    expect(protect({ values: [6, 5, 1], sensitive: [true, true, true], lines }, 5)).toEqual([
      false,
      true,
      true,
    ]);
    expect(
      protect({ values: [2, 2], sensitive: [false, true], lines: [{ total: 0, parts: [1] }] }, 5),
    ).toEqual([true, true]);
  });

  it('refuses a threshold below 5', () => {
    expect(() => protect({ values: [], sensitive: [], lines: [] }, 4)).toThrow();
  });
});

describe('windowOf', () => {
  it('knows whole months, quarters and years only', () => {
    expect(windowOf('2026-02-01', '2026-02-28')).toBe('month');
    expect(windowOf('2026-04-01', '2026-06-30')).toBe('quarter');
    expect(windowOf('2026-01-01', '2026-12-31')).toBe('year');
    expect(windowOf('2026-01-02', '2026-12-31')).toBeNull();
    expect(windowOf('2026-02-01', '2026-04-30')).toBeNull();
    expect(windowOf('2025-12-01', '2026-01-31')).toBeNull();
  });
});
