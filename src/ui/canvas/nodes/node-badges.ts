import { type DeliveryCounts, deliveryCountOrder } from '../../../sim/metrics/delivery-counts';
import type { ComponentKind } from '../../../sim/scenario/component-kinds';
import type { LiveComponentMetrics } from '../../../state/live/live-metrics';
import { formatDuration } from '../../charts/format';
import { badgesCount, deliveryCountTexts } from '../../shared/delivery-texts';
import { compactNumber } from './compact-number';

export type BadgeTone = 'neutral' | 'ok' | 'warn' | 'error';

/** A live figure on a node: short visible text and the sentence a screen reader hears. */
export interface NodeBadge {
  readonly key: string;
  readonly text: string;
  readonly description: string;
  readonly tone: BadgeTone;
}

const badge = (key: string, text: string, description: string, tone: BadgeTone = 'neutral') => ({
  key,
  text,
  description,
  tone,
});

type KindBadges = (metrics: LiveComponentMetrics) => NodeBadge[];

const extraOf = (metrics: LiveComponentMetrics, name: string) => metrics.extra[name] ?? 0;

// What matters most for each kind, beyond throughput, queue and errors.
const kindBadges: Partial<Record<ComponentKind, KindBadges>> = {
  // Sent, not placed: an order is placed when the Order Service stores `order.placed` (below).
  producer: (m) => [
    badge('orders', `${compactNumber(m.handled)} sent`, `${m.handled} orders sent`),
  ],
  'order-service': (m) => {
    const placed = extraOf(m, 'ordersPlaced');
    return [badge('placed', `${compactNumber(placed)} placed`, `${placed} orders placed`)];
  },
  'event-bus': (m) => [
    badge(
      'lag',
      `lag ${compactNumber(extraOf(m, 'consumerLag'))}`,
      `Consumer lag: ${extraOf(m, 'consumerLag')} messages not yet delivered`,
    ),
    badge(
      'messages',
      `${compactNumber(extraOf(m, 'messages'))} msgs`,
      `${extraOf(m, 'messages')} messages on the topic`,
    ),
  ],
  'event-store': (m) => [
    // "appended", not "stored": the run's whole log (the status bar's count) holds more events.
    badge('stored', `${compactNumber(m.handled)} appended`, `${m.handled} events appended`),
  ],
  saga: (m) => {
    const stuck = extraOf(m, 'sagasStuck');
    const compensated = extraOf(m, 'sagasCompensated');
    return [
      badge(
        'completed',
        `✓ ${compactNumber(extraOf(m, 'sagasCompleted'))}`,
        `${extraOf(m, 'sagasCompleted')} sagas completed`,
        'ok',
      ),
      badge(
        'compensated',
        `↺ ${compactNumber(compensated)}`,
        `${compensated} sagas compensated`,
        compensated > 0 ? 'warn' : 'neutral',
      ),
      ...(stuck > 0
        ? [badge('stuck', `${compactNumber(stuck)} stuck`, `${stuck} sagas stuck`, 'error')]
        : []),
    ];
  },
  'dead-letter-queue': (m) => {
    const size = extraOf(m, 'deadLetters');
    return [
      badge(
        'size',
        `${compactNumber(size)} parked`,
        `${size} dead letters parked`,
        size > 0 ? 'warn' : 'neutral',
      ),
    ];
  },
  projection: (m) => [
    badge(
      'lag',
      `lag ${compactNumber(extraOf(m, 'lagPositions'))}`,
      `Behind the log by ${extraOf(m, 'lagPositions')} events (${formatDuration(extraOf(m, 'lagMs'))})`,
    ),
  ],
  consumer: (m) => {
    const parked = extraOf(m, 'deadLettered');
    return parked > 0
      ? [
          badge(
            'dead-lettered',
            `${compactNumber(parked)} to DLQ`,
            `${parked} deliveries dead-lettered`,
            'warn',
          ),
        ]
      : [];
  },
  'query-api': (m) => {
    const stale = extraOf(m, 'staleReads');
    return stale > 0
      ? [badge('stale', `${compactNumber(stale)} stale`, `${stale} stale reads`, 'warn')]
      : [];
  },
};

/** The delivery counts that are not zero, tersely ("12 dup caught"), in their fixed order. */
function deliveryBadges(counts: DeliveryCounts | undefined): NodeBadge[] {
  if (!counts) return [];
  return deliveryCountOrder.flatMap((count) => {
    const value = counts[count] ?? 0;
    if (value <= 0 || !badgesCount(counts, count)) return [];
    const { badge: text, label, tone } = deliveryCountTexts[count];
    return [
      badge(
        `delivery-${count}`,
        `${compactNumber(value)} ${text}`,
        `${value} ${label.toLowerCase()}`,
        tone,
      ),
    ];
  });
}

// Kinds whose handled rate says little (a queue's intake is what matters, shown as its size).
const withoutThroughput = new Set<ComponentKind>(['dead-letter-queue']);

/** The badges a node shows for its live metrics: throughput, queue, per kind, delivery, errors. */
export function describeBadges(kind: ComponentKind, metrics: LiveComponentMetrics): NodeBadge[] {
  const badges: NodeBadge[] = [];
  if (!withoutThroughput.has(kind)) {
    badges.push(
      badge(
        'throughput',
        `${compactNumber(metrics.throughput)}/s`,
        `${metrics.throughput} handled per simulated second`,
      ),
    );
  }
  if (metrics.queueDepth > 0) {
    badges.push(
      badge(
        'queue',
        `q ${compactNumber(metrics.queueDepth)}`,
        `${metrics.queueDepth} waiting in the queue`,
        'warn',
      ),
    );
  }
  badges.push(...(kindBadges[kind]?.(metrics) ?? []));
  badges.push(...deliveryBadges(metrics.delivery));
  if (metrics.errors > 0) {
    badges.push(
      badge(
        'errors',
        `${compactNumber(metrics.errors)} err`,
        `${metrics.errors} failed attempts`,
        'error',
      ),
    );
  }
  return badges;
}
