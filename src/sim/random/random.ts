import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * The only source of randomness in the simulation. Every draw goes through one seeded
 * generator (pure-rand's xoroshiro128+), so the same seed replays the same run exactly.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [from, to], both included. */
  int(from: number, to: number): number;
  /** True with probability p (0..1). */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Exponentially distributed with the given mean (inter-arrival times of a Poisson process). */
  exponential(mean: number): number;
  /** Log-normal with the given median and spread (sigma of the underlying normal): latencies. */
  logNormal(median: number, sigma: number): number;
  /** An independent generator derived from this one, for a component's own stream of draws. */
  fork(): Random;
}

/** A Random seeded with a 32-bit integer. */
export function seededRandom(seed: number): Random {
  return new PureRandom(xoroshiro128plus(seed | 0));
}

class PureRandom implements Random {
  constructor(private readonly rng: RandomGenerator) {}

  next(): number {
    return uniformFloat64(this.rng);
  }

  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  exponential(mean: number): number {
    // 1 - u is in (0, 1], so the log is finite.
    return -Math.log(1 - this.next()) * mean;
  }

  logNormal(median: number, sigma: number): number {
    if (sigma <= 0) return median;
    // Box-Muller: two uniform draws give one standard normal.
    const u1 = 1 - this.next();
    const u2 = this.next();
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return median * Math.exp(sigma * normal);
  }

  fork(): Random {
    return new PureRandom(xoroshiro128plus(this.int(-0x80000000, 0x7fffffff)));
  }
}
