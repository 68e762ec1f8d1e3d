import type { StoredEvent } from '../../core/messages/event';
import { requireInteger } from './analysis-errors';
import { CompensationRule } from './compensation-rule';
import type { InvariantKind, InvariantWarning } from './invariant-warning';
import { ReactionOrderRule } from './reaction-order-rule';
import { RingBuffer } from './ring-buffer';
import { StreamKeyRule } from './stream-key-rule';

export type { InvariantKind, InvariantWarning } from './invariant-warning';

export interface InvariantCheckerOptions {
  /** Recent events, sagas and (component, stream) pairs remembered by the checks. */
  readonly memory?: number;
  /** Warnings kept (the newest); counts per kind cover all of them. */
  readonly maxWarnings?: number;
}

/**
 * Watches the log for broken delivery and saga invariants, incrementally: feed every event in
 * position order with `add`. Three checks:
 * - `duplicate-applied`: a non-idempotent consumer applied an event again (the consumer records
 *   `system.duplicate.applied` {eventId, consumerId});
 * - `compensation-without-forward`: see CompensationRule;
 * - `order-violated`: see ReactionOrderRule (and `system.order.violated`, when consumers emit it),
 *   and StreamKeyRule (a stream whose events carry two partition keys).
 */
export class InvariantChecker {
  private readonly compensations: CompensationRule;
  private readonly reactions: ReactionOrderRule;
  private readonly streamKeys: StreamKeyRule;
  private readonly kept: RingBuffer<InvariantWarning>;
  private readonly totals: Record<InvariantKind, number> = {
    'duplicate-applied': 0,
    'compensation-without-forward': 0,
    'order-violated': 0,
  };

  constructor(options: InvariantCheckerOptions = {}) {
    const memory = requireInteger('memory', options.memory ?? 100_000, 16);
    this.compensations = new CompensationRule(memory);
    this.reactions = new ReactionOrderRule(memory);
    this.streamKeys = new StreamKeyRule(memory);
    this.kept = new RingBuffer(requireInteger('maxWarnings', options.maxWarnings ?? 1_000, 1));
  }

  /** Checks one event; returns the warnings it revealed (usually none). */
  add(event: StoredEvent): InvariantWarning[] {
    const found: InvariantWarning[] = [];
    const duplicate = duplicateApplied(event);
    if (duplicate) found.push(duplicate);
    const compensation = this.compensations.check(event);
    if (compensation) found.push(compensation);
    const order = this.reactions.check(event);
    if (order) found.push(order);
    const split = this.streamKeys.check(event);
    if (split) found.push(split);
    for (const warning of found) {
      this.totals[warning.kind] += 1;
      this.kept.push(warning);
    }
    return found;
  }

  /** Checks events in order; returns the warnings they revealed. */
  addAll(events: Iterable<StoredEvent>): InvariantWarning[] {
    const found: InvariantWarning[] = [];
    for (const event of events) found.push(...this.add(event));
    return found;
  }

  /** The newest warnings, oldest first. */
  warnings(): InvariantWarning[] {
    return this.kept.toArray();
  }

  /** How many warnings of each kind were found, including those no longer kept. */
  counts(): Readonly<Record<InvariantKind, number>> {
    return { ...this.totals };
  }
}

function duplicateApplied(event: StoredEvent): InvariantWarning | null {
  if (event.type !== 'system.duplicate.applied') return null;
  const data = event.data as { eventId?: unknown; consumerId?: unknown };
  const consumer = typeof data.consumerId === 'string' ? data.consumerId : event.source;
  const original = typeof data.eventId === 'string' ? data.eventId : null;
  return {
    kind: 'duplicate-applied',
    message: `${consumer} applied event ${original ?? '(unknown)'} again: it is not idempotent, so a duplicate delivery took effect twice`,
    eventIds: original ? [event.id, original] : [event.id],
    componentIds: [consumer],
    position: event.position,
    time: event.time,
  };
}
