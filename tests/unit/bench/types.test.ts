import { describe, expect, it } from 'vitest';
import { compare, compareCost, median } from '../../../scripts/bench/types';

describe('given a throughput comparison (higher is better)', () => {
  it('when ours reaches the goal ratio, then it is met; below it, missed', () => {
    const met = compare('x', 'm', 90, 100, 'events/s', 0.8);
    expect(met).toMatchObject({ ratio: 0.9, better: 'higher', goalOf: 'ratio', met: true });
    expect(compare('x', 'm', 70, 100, 'events/s', 0.8).met).toBe(false);
  });
});

describe('given a cost comparison (lower is better)', () => {
  it('when ours stays under the goal ratio, then it is met; above it, missed', () => {
    const met = compareCost('x', 'm', 40, 100, 'MB', 0.5);
    expect(met).toMatchObject({ ratio: 0.4, better: 'lower', goalOf: 'ratio', met: true });
    expect(compareCost('x', 'm', 74, 100, 'MB', 0.5).met).toBe(false);
  });

  it('when the baseline is zero, then the ratio is infinite and the goal missed', () => {
    expect(compareCost('x', 'm', 1, 0, 'ms', 1.5)).toMatchObject({
      ratio: Number.POSITIVE_INFINITY,
      met: false,
    });
  });
});

describe('given samples', () => {
  it('when the median is taken, then one outlier does not move it', () => {
    expect(median([5, 1, 100, 3, 4])).toBe(4);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
