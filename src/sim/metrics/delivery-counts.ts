import type { ComponentKind } from '../scenario/component-kinds';

/**
 * What happened to the messages a component delivered or received, in the terms of delivery
 * semantics (at-least-once, at-most-once, idempotent consumer). A component carries only the
 * counts that apply to its kind; the Inspector's Delivery section, the node badges and the CLI
 * summary's `delivery` object all read this one shape.
 */
export interface DeliveryCounts {
  /** Bus: published with no copy and not dropped. Consumer: events applied for the first time. */
  readonly deliveredOnce?: number;
  /** Bus: copies appended (each reaches every group). Consumer: deliveries of an id it had processed. */
  readonly duplicatesDelivered?: number;
  /** Repeats skipped because it had processed them already (by id, or by the state they find). */
  readonly duplicatesCaught?: number;
  /** Repeats a consumer that is not idempotent processed again (each one logged). */
  readonly duplicatesApplied?: number;
  /** Deliveries again after a crash before the offset was committed (at-least-once). */
  readonly redelivered?: number;
  /** Messages in flight at a crash after their offset was committed (at-most-once). */
  readonly lost?: number;
  /** Messages the bus never appended (the drop fault, at-most-once only). */
  readonly dropped?: number;
  /** Replies the saga received that matched no step in progress. */
  readonly repliesIgnored?: number;
  /** Queries back to the source for the state a thin event leaves out. */
  readonly callbacks?: number;
}

export type DeliveryCount = keyof DeliveryCounts;

/** The counts in the order every view lists them. */
export const deliveryCountOrder: readonly DeliveryCount[] = [
  'deliveredOnce',
  'duplicatesDelivered',
  'duplicatesCaught',
  'duplicatesApplied',
  'redelivered',
  'lost',
  'dropped',
  'repliesIgnored',
  'callbacks',
];

/** What a component's counters hold when its snapshot is taken. */
export interface DeliverySource {
  readonly received: number;
  readonly extra: Readonly<Record<string, number>>;
}

type CountsOf = (source: DeliverySource) => DeliveryCounts;

const of = (source: DeliverySource, name: string) => source.extra[name] ?? 0;

/** Components whose commands are idempotent by the state they find (a repeat decides nothing). */
const caughtByState: CountsOf = (source) => ({
  duplicatesCaught: of(source, 'idempotentRepeats'),
});

/**
 * Each kind's counts from the counters its component keeps (the names the components count
 * under in src/sim/components). Kinds absent here deliver nothing worth counting this way.
 */
const countsByKind: Partial<Record<ComponentKind, CountsOf>> = {
  // Every message published is dropped, appended once, or appended twice (a duplicate).
  'event-bus': (source) => {
    const dropped = of(source, 'dropped');
    const duplicated = of(source, 'duplicated');
    return {
      deliveredOnce: source.received - dropped - duplicated,
      duplicatesDelivered: duplicated,
      redelivered: of(source, 'redelivered'),
      lost: of(source, 'lostInFlight'),
      dropped,
    };
  },
  consumer: (source) => {
    const caught = of(source, 'duplicatesCaught');
    const applied = of(source, 'duplicatesApplied');
    return {
      deliveredOnce: of(source, 'applied') - applied,
      duplicatesDelivered: caught + applied,
      duplicatesCaught: caught,
      duplicatesApplied: applied,
      redelivered: of(source, 'redelivered'),
      callbacks: of(source, 'queriesBack'),
    };
  },
  // A duplicate or redelivered reply and an answer to an earlier attempt (a stale failure)
  // match no step in progress: the saga decides nothing for them.
  saga: (source) => ({
    repliesIgnored: of(source, 'answersIgnored') + of(source, 'staleFailures'),
  }),
  'order-service': caughtByState,
  inventory: caughtByState,
  payment: caughtByState,
  notification: caughtByState,
  shipping: caughtByState,
};

/** The delivery counts of a component of `kind`, or undefined when none apply to it. */
export function deliveryCountsOf(
  kind: ComponentKind,
  source: DeliverySource,
): DeliveryCounts | undefined {
  return countsByKind[kind]?.(source);
}
