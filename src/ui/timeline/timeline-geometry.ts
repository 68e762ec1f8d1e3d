import type { SagaBar, SagaLane } from '../../sim/analysis/saga-timeline';
import type { TimelineZoom } from '../../state/timeline/timeline-slice';

/** The virtual-time span (ms) the tracks show, left edge to right edge. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** Where a bar sits on its track, in percent of the track's width. */
export interface BarSpan {
  readonly left: number;
  readonly width: number;
  /** The share of the bar spent waiting before the command went out (a retry's backoff). */
  readonly waitShare: number;
}

export interface AxisTick {
  readonly ms: number;
  readonly left: number;
  readonly label: string;
}

/** The shortest range shown, so a run's first milliseconds do not fill the screen. */
const minSpanMs = 1_000;

/** Tick spacings in seconds, from which the axis takes the first that keeps ticks apart. */
const tickSteps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1_800, 3_600];

/** The first start and the last end of any lane (null without lanes). */
export function lanesExtent(lanes: readonly SagaLane[]): TimeWindow | null {
  if (lanes.length === 0) return null;
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const lane of lanes) {
    from = Math.min(from, lane.startedAt);
    to = Math.max(to, lane.endedAt ?? lane.startedAt);
    if (lane.endedAt !== null) continue;
    for (const bar of lane.bars) to = Math.max(to, bar.end ?? bar.start ?? to);
  }
  return { from, to };
}

/** True when the saga ran at some moment of the range (a running saga runs up to now). */
export function activeIn(lane: SagaLane, range: TimeWindow): boolean {
  return lane.startedAt <= range.to && (lane.endedAt ?? Number.POSITIVE_INFINITY) >= range.from;
}

/** The range for a zoom: everything so far, or the last N seconds up to now. */
export function timeWindow(extent: TimeWindow | null, now: number, zoom: TimelineZoom): TimeWindow {
  const latest = Math.max(now, extent?.to ?? 0);
  if (zoom.kind === 'follow') {
    const span = zoom.seconds * 1_000;
    const from = Math.max(0, latest - span);
    return { from, to: from + span };
  }
  const from = extent?.from ?? 0;
  return { from, to: Math.max(latest, from + minSpanMs) };
}

/** Ticks in whole steps of seconds across the range, at most about `maxTicks`. */
export function axisTicks(range: TimeWindow, maxTicks = 8): AxisTick[] {
  const spanSeconds = (range.to - range.from) / 1_000;
  const step = tickSteps.find((candidate) => spanSeconds / candidate <= maxTicks) ?? 3_600;
  const stepMs = step * 1_000;
  const ticks: AxisTick[] = [];
  for (let ms = Math.ceil(range.from / stepMs) * stepMs; ms <= range.to; ms += stepMs) {
    ticks.push({ ms, left: percentOf(ms, range), label: formatSeconds(ms, step) });
  }
  return ticks;
}

/** `12 s`, or `1.5 s` when the steps are below a second. */
export function formatSeconds(ms: number, step = 1): string {
  const seconds = ms / 1_000;
  return `${step < 1 ? seconds.toFixed(1) : String(Math.round(seconds))} s`;
}

/** The bar's place in the range; null when it is outside it or was never started. */
export function barSpan(bar: SagaBar, range: TimeWindow, now: number): BarSpan | null {
  const start = bar.start ?? bar.end;
  if (start === null) return null;
  // An attempt still waiting for its answer reaches up to now.
  const end = bar.end ?? Math.max(now, start);
  if (end < range.from || start > range.to) return null;
  const left = percentOf(Math.max(start, range.from), range);
  const right = percentOf(Math.min(end, range.to), range);
  const duration = end - start;
  const waitShare = duration > 0 ? Math.min(1, bar.delayMs / duration) : 0;
  return { left, width: right - left, waitShare };
}

function percentOf(ms: number, range: TimeWindow): number {
  return ((ms - range.from) / (range.to - range.from)) * 100;
}
