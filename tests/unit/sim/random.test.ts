import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/sim/random/random';

function draws(seed: number, count: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe('seeded random', () => {
  it('replays the same sequence for the same seed and differs for another', () => {
    expect(draws(42, 20)).toEqual(draws(42, 20));
    expect(draws(42, 20)).not.toEqual(draws(43, 20));
  });

  it('stays within its ranges', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 10_000; i += 1) {
      const u = random.next();
      expect(u >= 0 && u < 1).toBe(true);
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });

  it('draws exponential values with about the requested mean', () => {
    const random = seededRandom(1);
    let sum = 0;
    for (let i = 0; i < 20_000; i += 1) sum += random.exponential(200);
    expect(sum / 20_000).toBeGreaterThan(190);
    expect(sum / 20_000).toBeLessThan(210);
  });

  it('draws log-normal latencies whose median is the requested one', () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 10_001 }, () => random.logNormal(50, 0.5)).sort(
      (a, b) => a - b,
    );
    expect(values[5000]).toBeGreaterThan(47);
    expect(values[5000]).toBeLessThan(53);
  });

  it('honours chance at its extremes and forks independent but reproducible streams', () => {
    const random = seededRandom(9);
    expect(random.chance(0)).toBe(false);
    expect(random.chance(1)).toBe(true);
    const a = seededRandom(5).fork();
    const b = seededRandom(5).fork();
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
  });
});
