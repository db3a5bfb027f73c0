import { describe, expect, it } from 'vitest';
import { median, medianInterval, percentile } from './stats.mjs';

describe('bench statistics', () => {
  it('median and nearest-rank percentile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });

  it('the median\'s interval: [min, max] for 5 samples, at 93.75%', () => {
    expect(medianInterval([1.01, 0.99, 1.05, 1.0, 0.98])).toEqual({ low: 0.98, high: 1.05, coverage: 0.9375 });
  });

  it('narrows the interval once there are samples enough for 95%', () => {
    // 9 samples: the 2nd smallest to the 2nd largest covers the median at 96.1%.
    const { low, high, coverage } = medianInterval([9, 1, 5, 3, 7, 2, 8, 4, 6]);
    expect([low, high]).toEqual([2, 8]);
    expect(coverage).toBeCloseTo(1 - 2 * (10 / 512), 10);
    expect(medianInterval([1, 2]).coverage).toBe(0.5);
    expect(medianInterval([]).coverage).toBe(0);
  });
});
