import { describe, expect, it } from 'vitest';
import { formatValue, progress } from './indicator-format.ts';

describe('indicator values as written', () => {
  it('uses the Vietnamese decimal comma and units', () => {
    expect(formatValue(80.5, 'percent')).toBe('80,5%');
    expect(formatValue(1.7, 'multiple')).toBe('1,7 lần');
    expect(formatValue(12345, 'count')).toBe('12.345');
    expect(formatValue(null, 'ratio')).toBe('—');
  });

  it('measures progress towards a target either way', () => {
    expect(progress(40, 80, 'up')).toBe(0.5);
    expect(progress(120, 80, 'up')).toBe(1);
    expect(progress(222, 111, 'down')).toBe(0.5);
    expect(progress(null, 80, 'up')).toBeNull();
  });
});
