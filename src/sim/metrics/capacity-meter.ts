import { type CapacityFigures, type CapacityRates, capacityFigures } from './capacity-figures';
import { WindowedRates } from './windowed-rates';

/** The live figures' window of virtual time: long enough to smooth a Poisson stream's noise. */
export const CAPACITY_WINDOW_MS = 10_000;

/** The counters a meter keeps, in the order WindowedRates is fed them. */
const COUNTERS = 6;

/**
 * Measures one component as a queue in virtual time: told when a message arrives, when a server
 * starts and ends its service, and when the message leaves, it integrates the number in the
 * system and of busy servers over time, and sums each message's time in the system. The
 * figures (src/sim/metrics/capacity-figures.ts) are read over a sliding window for the live view,
 * or since the start (a long run compared with queueing theory).
 */
export class CapacityMeter {
  private servers: number | null = null;
  private arrivals = 0;
  private departures = 0;
  private services = 0;
  private inSystemNow = 0;
  private busyNow = 0;
  private lastTime = 0;
  private busyArea = 0;
  private inSystemArea = 0;
  private sojournTotal = 0;
  private readonly window: WindowedRates;

  constructor(windowMs = CAPACITY_WINDOW_MS) {
    this.window = new WindowedRates(COUNTERS, windowMs);
  }

  /** True once anything arrived: only then is there something to show. */
  get measured(): boolean {
    return this.arrivals > 0;
  }

  /** The servers working in parallel (a consumer group's instances); null for unbounded. */
  setServers(servers: number | null): void {
    this.servers = servers;
  }

  arrive(now: number): void {
    this.advance(now);
    this.arrivals += 1;
    this.inSystemNow += 1;
  }

  startService(now: number): void {
    this.advance(now);
    this.busyNow += 1;
  }

  endService(now: number): void {
    this.advance(now);
    this.busyNow = Math.max(0, this.busyNow - 1);
    this.services += 1;
  }

  /** A message leaves the system; `arrivedAt` is when it arrived (virtual ms). */
  depart(now: number, arrivedAt: number): void {
    this.advance(now);
    this.departures += 1;
    this.inSystemNow = Math.max(0, this.inSystemNow - 1);
    this.sojournTotal += Math.max(0, now - arrivedAt);
  }

  /** A crash: every service in progress stops unfinished, and `lost` messages are gone. */
  crashed(now: number, lost: number): void {
    this.advance(now);
    this.busyNow = 0;
    this.inSystemNow = Math.max(0, this.inSystemNow - lost);
  }

  /** The figures over the recent window (call at most once per snapshot: it moves the window). */
  read(now: number): CapacityFigures {
    this.advance(now);
    const [arrivals = 0, departures = 0, services = 0, busyMs = 0, inSystemMs = 0, sojournMs = 0] =
      this.window.observe(now, this.counts());
    return capacityFigures(
      { arrivals, departures, services, busyMs, inSystemMs, sojournMs },
      this.servers,
      this.inSystemNow,
      this.busyArea > 0 ? this.services / (this.busyArea / 1000) : 0,
    );
  }

  /** The figures averaged over the whole run up to `now`. */
  sinceStart(now: number): CapacityFigures {
    this.advance(now);
    const seconds = now / 1000;
    const [arrivals, departures, services, busyMs, inSystemMs, sojournMs] = this.counts().map(
      (count) => (seconds > 0 ? count / seconds : 0),
    ) as [number, number, number, number, number, number];
    const rates: CapacityRates = { arrivals, departures, services, busyMs, inSystemMs, sojournMs };
    return capacityFigures(rates, this.servers, this.inSystemNow);
  }

  private counts(): number[] {
    return [
      this.arrivals,
      this.departures,
      this.services,
      this.busyArea,
      this.inSystemArea,
      this.sojournTotal,
    ];
  }

  /** Integrates the number in the system and of busy servers up to `now`. */
  private advance(now: number): void {
    const elapsed = now - this.lastTime;
    if (elapsed > 0) {
      this.busyArea += this.busyNow * elapsed;
      this.inSystemArea += this.inSystemNow * elapsed;
    }
    if (now > this.lastTime) this.lastTime = now;
  }
}
