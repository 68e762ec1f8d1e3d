/**
 * A component's capacity as a queue (arrivals, c servers, waiting line), over a window of virtual
 * time: the figures the Inspector's Capacity section shows. Little's law, L = λW (Little 1961),
 * holds for any stable queue, so `littleRatio` near 1 says the measurements are consistent; the
 * closed forms they are checked against are in src/sim/analysis/queueing-models.ts.
 */
export interface CapacityFigures {
  /** Arrivals per virtual second: λ. */
  readonly arrivalRate: number;
  /** Completions per second of one busy server, 1 / mean service time: μ (0 before any). */
  readonly serviceRate: number;
  /** Servers (instances) working in parallel, c; null when unbounded (each message at once). */
  readonly servers: number | null;
  /** Service capacity μ·c per second; null when unbounded or μ is not known yet. */
  readonly capacity: number | null;
  /** Utilisation ρ = λ / (μ·c); null when the capacity is null. */
  readonly utilisation: number | null;
  /** Time-average number in the system, waiting and in service: L. */
  readonly inSystem: number;
  /** Mean time in the system of the messages that left, virtual ms: W. */
  readonly timeInSystemMs: number;
  /** L / (λW): 1 when Little's law holds over the window; null while λ or W is 0. */
  readonly littleRatio: number | null;
  /** Messages in the system now (the backlog). */
  readonly backlog: number;
  /** Present when ρ >= 1: the queue cannot keep up. */
  readonly overload?: Overload;
}

export interface Overload {
  /** How fast the backlog grows, messages per second: λ - μ·c. */
  readonly growthPerSecond: number;
  /** Seconds to work off today's backlog at full capacity once arrivals stop: backlog / (μ·c). */
  readonly drainSeconds: number;
}

/** Per-second rates of a meter's cumulative counters (over a window, or since the start). */
export interface CapacityRates {
  readonly arrivals: number;
  readonly departures: number;
  readonly services: number;
  /** Busy server-ms per second. */
  readonly busyMs: number;
  /** Message-ms in the system per second. */
  readonly inSystemMs: number;
  /** Time in system (ms) of departures, summed, per second. */
  readonly sojournMs: number;
}

/**
 * The figures from the counters' rates, the number of servers and the backlog now. A window in
 * which nothing was served (a stalled or crashed node) takes μ from `earlierServiceRate`, so a
 * node that stopped still has a capacity to weigh its arrivals against.
 */
export function capacityFigures(
  rates: CapacityRates,
  servers: number | null,
  backlog: number,
  earlierServiceRate = 0,
): CapacityFigures {
  const busyServers = rates.busyMs / 1000;
  const serviceRate =
    busyServers > 0 && rates.services > 0 ? rates.services / busyServers : earlierServiceRate;
  const capacity = servers !== null && serviceRate > 0 ? serviceRate * servers : null;
  const utilisation = capacity !== null ? rates.arrivals / capacity : null;
  const inSystem = rates.inSystemMs / 1000;
  const timeInSystemMs = rates.departures > 0 ? rates.sojournMs / rates.departures : 0;
  const lambdaW = rates.arrivals * (timeInSystemMs / 1000);
  const figures: CapacityFigures = {
    arrivalRate: rates.arrivals,
    serviceRate,
    servers,
    capacity,
    utilisation,
    inSystem,
    timeInSystemMs,
    littleRatio: lambdaW > 0 ? inSystem / lambdaW : null,
    backlog,
  };
  if (capacity === null || utilisation === null || utilisation < 1) return figures;
  return {
    ...figures,
    overload: {
      growthPerSecond: Math.max(0, rates.arrivals - capacity),
      drainSeconds: backlog / capacity,
    },
  };
}
