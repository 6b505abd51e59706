/** Timing helpers shared by the benchmarks: one printed line per measurement. */

export interface Stats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentile of sorted times. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    mean: n ? sorted.reduce((a, b) => a + b, 0) / n : 0,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
  };
}

const ms = (v: number) => `${v.toFixed(2)}ms`;

/** `name  n=…  mean=…  p50=…  p95=…  p99=…` and anything extra. */
export function report(name: string, s: Stats, extra = ''): void {
  console.log(
    `${name.padEnd(34)} n=${String(s.n).padStart(4)}  mean=${ms(s.mean)}  p50=${ms(s.p50)}  p95=${ms(s.p95)}  p99=${ms(s.p99)}` +
      (extra ? `  ${extra}` : ''),
  );
}

/** Runs `fn` n times in sequence, prints the line and returns the statistics. */
export async function measure(
  name: string,
  n: number,
  fn: (i: number) => Promise<unknown>,
  extra = '',
): Promise<Stats> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  const s = stats(times);
  report(name, s, extra);
  return s;
}
