import { type ComponentKind, componentKindInfo } from './component-kinds';

/** What flows over a connection: commands to a handler, events to a subscriber, or reads. */
export type ConnectionFlow = 'commands' | 'events' | 'appends' | 'reads' | 'dead-letters';

/**
 * Allowed connections, source kind -> target kind -> what flows. Anything else is refused. Total
 * over source kinds, so a new kind does not compile until it says what it may connect to.
 */
const allowed: Record<ComponentKind, Partial<Record<ComponentKind, ConnectionFlow>>> = {
  producer: { 'order-service': 'commands', 'event-bus': 'events' },
  'order-service': { 'event-store': 'appends', 'event-bus': 'events' },
  'event-store': { 'event-bus': 'events', projection: 'events' },
  'event-bus': {
    consumer: 'events',
    saga: 'events',
    projection: 'events',
    notification: 'events',
    shipping: 'events',
  },
  saga: {
    inventory: 'commands',
    payment: 'commands',
    'order-service': 'commands',
    notification: 'commands',
    shipping: 'commands',
    'event-store': 'appends',
    'dead-letter-queue': 'dead-letters',
  },
  inventory: { 'event-bus': 'events', saga: 'events' },
  payment: { 'event-bus': 'events', saga: 'events' },
  shipping: { 'event-bus': 'events', 'order-service': 'commands' },
  notification: { 'event-bus': 'events' },
  consumer: { 'dead-letter-queue': 'dead-letters', 'event-bus': 'events' },
  projection: { 'query-api': 'reads' },
  'dead-letter-queue': { 'event-bus': 'events' },
  'query-api': {},
};

/** Why a pair is refused, where a plain "not allowed" would leave people guessing. */
const hints: Partial<Record<ComponentKind, Partial<Record<ComponentKind, string>>>> = {
  producer: {
    projection:
      'a producer cannot feed a projection directly: projections read stored events (Producer -> Order Service -> Event Store -> Projection)',
    'event-store':
      'a producer does not write to the store itself: commands go to the Order Service, which appends with an expected version',
  },
  'query-api': {
    projection: 'reads flow from the projection to the Query API: connect Projection -> Query API',
  },
};

export type ConnectionVerdict =
  | { readonly ok: true; readonly flow: ConnectionFlow }
  | { readonly ok: false; readonly reason: string };

/** Decides whether `source` may connect to `target`, with a reason people can act on. */
export function checkConnection(source: ComponentKind, target: ComponentKind): ConnectionVerdict {
  const flow = allowed[source][target];
  if (flow) return { ok: true, flow };
  const hint = hints[source]?.[target];
  return {
    ok: false,
    reason: `${label(source)} -> ${label(target)} is not allowed: ${hint ?? describeTargets(source)}`,
  };
}

/** Every kind `source` may connect to (for menus and for messages). */
export function allowedTargets(source: ComponentKind): ComponentKind[] {
  return Object.keys(allowed[source]) as ComponentKind[];
}

function describeTargets(source: ComponentKind): string {
  const targets = allowedTargets(source);
  if (targets.length === 0) return `${label(source)} has no outgoing connections`;
  return `${label(source)} connects to ${targets.map(label).join(', ')}`;
}

function label(kind: ComponentKind): string {
  return componentKindInfo[kind].label;
}
