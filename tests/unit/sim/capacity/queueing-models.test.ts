import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangC, mm1, mmc } from '../../../../src/sim/analysis/queueing-models';

const SEED = 20261207;

describe('the M/M/1 closed forms', () => {
  it('given λ = 8/s and μ = 10/s, then ρ = 0.8, L = ρ/(1-ρ) = 4 and W = 1/(μ-λ) = 0.5 s', () => {
    const figures = mm1(8, 10);
    expect(figures.utilisation).toBeCloseTo(0.8, 12);
    expect(figures.inSystem).toBeCloseTo(4, 12);
    expect(figures.timeInSystem).toBeCloseTo(0.5, 12);
  });

  it('given λ >= μ, then there is no steady state and it says so', () => {
    expect(() => mm1(10, 10)).toThrow(RangeError);
  });
});

describe('the M/M/c closed forms (Erlang C)', () => {
  it('given c = 3 and a = λ/μ = 2.4, then the chance of waiting is 0.6472 and W = 0.2079 s at μ = 10/s', () => {
    // By hand: Σ_{k<3} a^k/k! = 6.28, (a^3/3!)/(1-ρ) = 11.52, C = 11.52 / 17.8.
    expect(erlangC(3, 2.4)).toBeCloseTo(11.52 / 17.8, 12);
    const figures = mmc(24, 10, 3);
    expect(figures.timeInSystem).toBeCloseTo(11.52 / 17.8 / 6 + 0.1, 12);
    expect(figures.inSystem).toBeCloseTo(24 * figures.timeInSystem, 12);
  });

  it(`with one server it is the M/M/1 queue, for any stable λ < μ (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (serviceRate, utilisation) => {
          const arrivalRate = serviceRate * utilisation;
          const single = mm1(arrivalRate, serviceRate);
          const pooled = mmc(arrivalRate, serviceRate, 1);
          expect(pooled.inSystem).toBeCloseTo(single.inSystem, 6);
          expect(pooled.timeInSystem * serviceRate).toBeCloseTo(
            single.timeInSystem * serviceRate,
            6,
          );
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it(`pooling c servers waits less than c separate queues of λ/c each (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 32 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (servers, utilisation) => {
          const serviceRate = 10;
          const arrivalRate = servers * serviceRate * utilisation;
          const pooled = mmc(arrivalRate, serviceRate, servers);
          const split = mm1(arrivalRate / servers, serviceRate);
          expect(pooled.timeInSystem).toBeLessThan(split.timeInSystem);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
