import type { StepKind } from '../../core/saga/order-saga-steps';
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

/**
 * `process-payment attempt 2, failed, pivot step`; a compensation ends `, undoes reserve-inventory`
 * instead. The kind is in the name because the bar shows it as text (a name must hold what is seen).
 */
export function barName(bar: SagaBar): string {
  const undoes = bar.linkedForwardStep === null ? '' : `, undoes ${bar.linkedForwardStep}`;
  const kind = bar.kind === null ? '' : `, ${bar.kind} step`;
  return `${bar.step} attempt ${bar.attempt}, ${outcomeText(bar)}${undoes}${kind}`;
}

/**
 * What a forward step's kind means for the saga, after Chris Richardson (microservices.io,
 * "Saga"; "Microservices Patterns" ch. 4): the tag's tooltip and the legend say the same.
 */
export const stepKindMeaning: Readonly<Record<StepKind, string>> = {
  compensatable: 'can be undone by a compensating step if a later step up to the pivot fails',
  pivot: 'the go/no-go point: once it succeeds the saga runs to completion',
  retriable: 'after the pivot: retried until it succeeds, never compensated',
};

/** The tooltip: name, kind, times and the reason it failed. */
export function barDetails(bar: SagaBar): string {
  const from = bar.start === null ? '?' : formatMs(bar.start);
  const to = bar.end === null ? 'now' : formatMs(bar.end);
  const wait = bar.delayMs > 0 ? `, waited ${formatDuration(bar.delayMs)} first` : '';
  const reason = bar.reason === null ? '' : ` — ${bar.reason}`;
  return `${barName(bar)}: ${from} to ${to}${wait}${reason}`;
}

/** The lane's retries as shown beside its status, or null when no attempt was retried. */
export function retriesText(retries: number): string | null {
  if (retries === 0) return null;
  return retries === 1 ? '1 retry' : `${retries} retries`;
}

/** The lane's status as shown: a stuck saga is flagged. */
export function statusText(status: LaneStatus): string {
  return status === 'stuck' ? '⚠ stuck' : status;
}

function formatMs(ms: number): string {
  return ms < 10_000 ? `${(ms / 1_000).toFixed(3)} s` : formatSeconds(ms, 0.1);
}
