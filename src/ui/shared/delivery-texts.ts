import type { DeliveryCount, DeliveryCounts } from '../../sim/metrics/delivery-counts';

export type DeliveryTone = 'neutral' | 'warn' | 'error';

/** How one delivery count reads: its name, what it means, and its node badge. */
export interface DeliveryCountText {
  /** The Inspector's row name, in sentence case. */
  readonly label: string;
  /** One line that teaches what the count is, naming where the idea comes from. */
  readonly explanation: string;
  /** Terse badge text after the number ("dup caught"); null: never a badge (the normal case). */
  readonly badge: string | null;
  readonly tone: DeliveryTone;
}

// Sources, named in the texts: the Kafka documentation, "Message Delivery Semantics" (design
// section: "At most once—Messages may be lost but are never redelivered. At least once—Messages
// are never lost but may be redelivered."); Chris Richardson, microservices.io, pattern
// "Idempotent Consumer"; Martin Fowler, "What do you mean by 'Event-Driven'?" (2017), on Event
// Notification. One entry per count: a count added without its text does not compile.
export const deliveryCountTexts: Readonly<Record<DeliveryCount, DeliveryCountText>> = {
  deliveredOnce: {
    label: 'Delivered once',
    explanation:
      'Arrived and was processed once, with no copy and no redelivery: what every guarantee aims for.',
    badge: null,
    tone: 'neutral',
  },
  duplicatesDelivered: {
    label: 'Duplicates delivered',
    explanation:
      'Copies of a message delivered again. At-least-once delivery never loses a message but may deliver it more than once (Kafka documentation, “Message Delivery Semantics”).',
    badge: 'dup',
    tone: 'warn',
  },
  duplicatesCaught: {
    label: 'Duplicates caught',
    explanation:
      'Repeats recognised and skipped: an idempotent consumer records what it has processed and ignores a message it has already handled (microservices.io, “Idempotent Consumer”).',
    badge: 'dup caught',
    tone: 'neutral',
  },
  duplicatesApplied: {
    label: 'Duplicates applied',
    explanation:
      'Repeats processed a second time by a consumer that is not idempotent, each logged as system.duplicate.applied: the harm an Idempotent Consumer prevents (microservices.io).',
    badge: 'dup applied',
    tone: 'error',
  },
  redelivered: {
    label: 'Redelivered after a crash',
    explanation:
      'Handed out again because the consumer crashed after processing but before committing its offset: at-least-once (Kafka documentation, “Message Delivery Semantics”).',
    badge: 'redelivered',
    tone: 'warn',
  },
  lost: {
    label: 'Lost (at-most-once)',
    explanation:
      'In flight at a crash with its offset already committed, so never handed out again: at-most-once, where messages may be lost but are never redelivered (Kafka documentation).',
    badge: 'lost',
    tone: 'error',
  },
  dropped: {
    label: 'Dropped',
    explanation:
      'Published but never appended to the topic (the drop fault, which only at-most-once allows): no subscriber ever sees it.',
    badge: 'dropped',
    tone: 'error',
  },
  repliesIgnored: {
    label: 'Replies ignored',
    explanation:
      'Replies that matched no step in progress (a duplicate, a redelivery or an answer to an earlier attempt): the saga decides nothing for them, so a repeat changes nothing.',
    badge: 'replies ignored',
    tone: 'neutral',
  },
  callbacks: {
    label: 'Callbacks made',
    explanation:
      'Queries back to the source for the state a thin event leaves out: with Event Notification the receiver calls back when it needs more (Martin Fowler, “What do you mean by ‘Event-Driven’?”).',
    badge: 'callbacks',
    tone: 'neutral',
  },
};

/**
 * Whether a count gets a badge. A consumer's "duplicates delivered" is the sum of the caught and
 * applied ones, which have badges of their own; on the bus it is the only duplicate figure.
 */
export function badgesCount(counts: DeliveryCounts, count: DeliveryCount): boolean {
  if (deliveryCountTexts[count].badge === null) return false;
  if (count === 'duplicatesDelivered') return counts.duplicatesCaught === undefined;
  return true;
}
