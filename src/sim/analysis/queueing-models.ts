/**
 * Closed forms of the classic Markovian queues, the yardstick the engine's capacity figures are
 * checked against (tests/unit/sim/capacity/queueing-agreement.test.ts). Rates are per second,
 * times in seconds. Sources: Little's law L = λW (J. D. C. Little, "A Proof for the Queuing
 * Formula L = λW", Operations Research 9(3), 1961); M/M/1 and M/M/c with the Erlang C formula as
 * in L. Kleinrock, Queueing Systems Vol. 1 (1975), §3.2 and §3.5, and M. Harchol-Balter,
 * Performance Modeling and Design of Computer Systems (2013), ch. 14.
 */
export interface QueueFigures {
  /** Utilisation ρ = λ / (c·μ): the share of time each server is busy. */
  readonly utilisation: number;
  /** Mean number in the system (waiting and in service): L. */
  readonly inSystem: number;
  /** Mean time in the system (waiting and in service), seconds: W. */
  readonly timeInSystem: number;
}

/** M/M/1: L = ρ/(1-ρ), W = 1/(μ-λ). Defined only for a stable queue (λ < μ). */
export function mm1(arrivalRate: number, serviceRate: number): QueueFigures {
  if (!(arrivalRate < serviceRate)) throw new RangeError('M/M/1 is unstable unless λ < μ');
  const utilisation = arrivalRate / serviceRate;
  return {
    utilisation,
    inSystem: utilisation / (1 - utilisation),
    timeInSystem: 1 / (serviceRate - arrivalRate),
  };
}

/**
 * Erlang C: the probability that an arrival waits in an M/M/c queue,
 * C(c, a) = (a^c/c!)·(1/(1-ρ)) / (Σ_{k<c} a^k/k! + (a^c/c!)·(1/(1-ρ))), with a = λ/μ, ρ = a/c.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  const utilisation = offeredLoad / servers;
  let term = 1; // a^k / k!, from k = 0
  let below = 0;
  for (let k = 0; k < servers; k += 1) {
    below += term;
    term *= offeredLoad / (k + 1);
  }
  const waiting = term / (1 - utilisation);
  return waiting / (below + waiting);
}

/** M/M/c: Wq = C(c, a)/(cμ - λ), W = Wq + 1/μ, L = λW (Little). Stable only when λ < cμ. */
export function mmc(arrivalRate: number, serviceRate: number, servers: number): QueueFigures {
  if (!(arrivalRate < servers * serviceRate))
    throw new RangeError('M/M/c is unstable unless λ < cμ');
  const waitProbability = erlangC(servers, arrivalRate / serviceRate);
  const timeInSystem = waitProbability / (servers * serviceRate - arrivalRate) + 1 / serviceRate;
  return {
    utilisation: arrivalRate / (servers * serviceRate),
    inSystem: arrivalRate * timeInSystem,
    timeInSystem,
  };
}
