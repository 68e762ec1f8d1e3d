import { describe, expect, it } from 'vitest';
import { WindowedRates } from '../../../../src/sim/metrics/windowed-rates';

describe('given windowed rates over 5 virtual seconds', () => {
  it('when read before the window fills, then the rate is the average since the start', () => {
    const rates = new WindowedRates(1, 5_000);
    expect(rates.observe(2_000, [40])).toEqual([20]);
  });

  it('when the counter slows down, then only the last window counts', () => {
    const rates = new WindowedRates(2, 5_000);
    for (let second = 1; second <= 10; second += 1) {
      // 100/s for 5 s, then 10/s; the second counter stays flat.
      const count = second <= 5 ? second * 100 : 500 + (second - 5) * 10;
      rates.observe(second * 1_000, [count, 7]);
    }
    expect(rates.observe(10_000, [550, 7])).toEqual([10, 0]);
  });

  it('when time goes back (a reset run), then it starts again from there', () => {
    const rates = new WindowedRates(1, 5_000);
    rates.observe(10_000, [1_000]);
    expect(rates.observe(1_000, [5])).toEqual([0]);
    expect(rates.observe(2_000, [15])).toEqual([10]);
  });
});
