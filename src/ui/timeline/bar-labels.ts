import type { LaneStatus, SagaBar } from '../../sim/analysis/saga-timeline';
import { formatDuration } from '../charts/format';
import { formatSeconds } from './timeline-geometry';

/** How an attempt ended, in words: also the bar's accessible name's last part. */
export function outcomeText(bar: SagaBar): string {
  switch (bar.outcome) {
    case 'succeeded':
      return bar.late ? 'succeeded late' : 'succeeded';
    case 'failed':
      return 'failed';
    case 'retried':
      return 'failed, retried';
    case 'timed-out':
      return bar.willRetry ? 'timed out, retried' : 'timed out';
    case 'pending':
      return 'pending';
  }
}

/** `process-payment attempt 2, failed`; a compensation adds `, undoes reserve-inventory`. */
export function barName(bar: SagaBar): string {
  const undoes = bar.linkedForwardStep === null ? '' : `, undoes ${bar.linkedForwardStep}`;
  return `${bar.step} attempt ${bar.attempt}, ${outcomeText(bar)}${undoes}`;
}

/** The tooltip: name, times and the reason it failed. */
export function barDetails(bar: SagaBar): string {
  const from = bar.start === null ? '?' : formatMs(bar.start);
  const to = bar.end === null ? 'now' : formatMs(bar.end);
  const wait = bar.delayMs > 0 ? `, waited ${formatDuration(bar.delayMs)} first` : '';
  const reason = bar.reason === null ? '' : ` — ${bar.reason}`;
  return `${barName(bar)}: ${from} to ${to}${wait}${reason}`;
}

/** The lane's status as shown: a stuck saga is flagged. */
export function statusText(status: LaneStatus): string {
  return status === 'stuck' ? '⚠ stuck' : status;
}

function formatMs(ms: number): string {
  return ms < 10_000 ? `${(ms / 1_000).toFixed(3)} s` : formatSeconds(ms, 0.1);
}
