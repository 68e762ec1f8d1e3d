import type { FlowLevel } from './live-metrics';

/** Wall-clock message rates (per second) where an edge's flow steps up a level. */
const levelThresholds = [0, 5, 50] as const;

/**
 * The animation level for a rate measured against the wall clock, which is what a person sees
 * move: still at 0, then faster and thicker pulses as traffic grows. Bucketed on purpose, so an
 * edge re-renders when its level changes, not on every wobble of the rate.
 */
export function flowLevelFor(messagesPerWallSecond: number): FlowLevel {
  if (!(messagesPerWallSecond > levelThresholds[0])) return 0;
  if (messagesPerWallSecond < levelThresholds[1]) return 1;
  if (messagesPerWallSecond < levelThresholds[2]) return 2;
  return 3;
}

/** A rate rounded for display: whole numbers from 10 up, one decimal below. */
export function roundRate(rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) return 0;
  return rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10;
}
