/** Indicator values written as Vietnamese documents write them: 80,5%; 1,7 lần; 111. */
import type { IndicatorUnit } from './api/indicator-types.ts';

const one = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export function formatValue(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '—';
  if (unit === 'percent') return `${one.format(value)}%`;
  if (unit === 'multiple') return `${one.format(value)} lần`;
  if (unit === 'count') return whole.format(value);
  return one.format(value);
}

/** How far the value has come towards the target, 0–1 (for a bar); null when not comparable. */
export function progress(value: number | null, target: number | null, direction: string): number | null {
  if (value === null || target === null || target === 0) return null;
  const ratio = direction === 'down' ? target / Math.max(value, 1e-9) : value / target;
  return Math.max(0, Math.min(1, ratio));
}
