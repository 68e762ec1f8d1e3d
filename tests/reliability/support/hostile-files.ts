import fc from 'fast-check';
import type { StoredEvent } from '../../../src/core/messages/event';
import { formatLog } from '../../../src/sim/export/log-writer';

/** One event of a generated base log (before ids and places are given). */
export interface EventSpec {
  readonly stream: string;
  readonly type: string;
  readonly timeMs: number;
  readonly note: string;
  readonly total: number;
}

/** Markup that must stay inert text wherever the file puts it. */
export const htmlPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '<iframe srcdoc="<script>parent.x=1</script>">',
] as const;

/** How a valid file is made hostile, and whether the import must refuse it (the oracle). */
export type Mutation =
  | { readonly kind: 'none' }
  | { readonly kind: 'html-data'; readonly html: string }
  | { readonly kind: 'html-type'; readonly html: string }
  | { readonly kind: 'truncate'; readonly line: number; readonly cut: number }
  | { readonly kind: 'wrong-type'; readonly attribute: string; readonly value: unknown }
  | { readonly kind: 'missing'; readonly attribute: string }
  | { readonly kind: 'duplicate-id'; readonly from: number; readonly to: number }
  | { readonly kind: 'proto-key'; readonly key: ProtoKey; readonly where: 'event' | 'data' }
  | { readonly kind: 'oversize'; readonly by: 'bytes' | 'events' }
  | { readonly kind: 'garbage'; readonly text: string };

export type ProtoKey = '__proto__' | 'constructor' | 'prototype';

/** Attributes an Eventfold log cannot do without (CloudEvents' own plus subject/sequence). */
export const requiredAttributes = [
  'id',
  'source',
  'type',
  'time',
  'specversion',
  'subject',
  'sequence',
];

/** Values of the wrong type (or shape) for each attribute. */
export const wrongValues: Record<string, readonly unknown[]> = {
  id: [42, null, {}, [], ''],
  source: [7, '', false],
  type: [5, 'Order Placed', '', 'ORDER.PLACED'],
  time: [12_345, 'yesterday', '2026-13-01'],
  specversion: [1, '0.3', null],
  subject: [1, ''],
  sequence: [1, 'abc', '-1'],
  streamversion: ['two', 0, 1.5, -1],
  correlationid: [3, ''],
  datacontenttype: ['text/html'],
  schemaversion: ['x', 1.5],
};

/** Whether the import must refuse a file with this mutation. */
export function mustRefuse(mutation: Mutation): boolean {
  return mutation.kind !== 'none' && mutation.kind !== 'html-data';
}

export const eventSpecArb: fc.Arbitrary<EventSpec> = fc.record({
  stream: fc.constantFrom('order-a', 'order-b', 'cart-1', 'system-@evil'),
  type: fc.constantFrom(
    'order.placed',
    'order.confirmed',
    'payment.received',
    'saga.step.timed-out',
  ),
  timeMs: fc.integer({ min: 0, max: 1_000_000_000 }),
  note: fc.string({ maxLength: 24 }),
  total: fc.integer({ min: 0, max: 1_000_000 }),
});

/** Mutations fitting a log of `count` events in `format` (CSV is mutated at the event level). */
export function mutationArb(
  count: number,
  format: 'ndjson' | 'json' | 'csv',
): fc.Arbitrary<Mutation> {
  const html = fc.constantFrom(...htmlPayloads);
  const eventLevel: fc.Arbitrary<Mutation>[] = [
    fc.constant({ kind: 'none' as const }),
    html.map((value) => ({ kind: 'html-data' as const, html: value })),
    html.map((value) => ({ kind: 'html-type' as const, html: value })),
    fc.record({
      kind: fc.constant('truncate' as const),
      line: fc.nat({ max: count - 1 }),
      cut: fc.nat(),
    }),
    fc.record({ kind: fc.constant('oversize' as const), by: fc.constantFrom('bytes', 'events') }),
    fc.string({ maxLength: 200 }).map((text) => ({ kind: 'garbage' as const, text })),
    fc.record({
      kind: fc.constant('proto-key' as const),
      key: fc.constantFrom<ProtoKey>('__proto__', 'constructor', 'prototype'),
      where: fc.constant('data' as const),
    }),
  ];
  if (count >= 2) {
    eventLevel.push(
      fc
        .tuple(fc.nat({ max: count - 1 }), fc.nat({ max: count - 1 }))
        .filter(([a, b]) => a !== b)
        .map(([from, to]) => ({ kind: 'duplicate-id' as const, from, to })),
    );
  }
  if (format === 'csv') return fc.oneof(...eventLevel);
  return fc.oneof(
    ...eventLevel,
    fc.record({
      kind: fc.constant('proto-key' as const),
      key: fc.constantFrom<ProtoKey>('__proto__', 'constructor', 'prototype'),
      where: fc.constant('event' as const),
    }),
    fc
      .constantFrom(...requiredAttributes)
      .map((attribute) => ({ kind: 'missing' as const, attribute })),
    fc
      .constantFrom(...Object.keys(wrongValues))
      .chain((attribute) =>
        fc
          .constantFrom(...wrongValues[attribute]!)
          .map((value) => ({ kind: 'wrong-type' as const, attribute, value })),
      ),
  );
}

/** A valid stored log from specs: ids `${prefix}-n`, positions 1..n, versions per stream. */
export function baseLog(prefix: string, specs: readonly EventSpec[]): StoredEvent[] {
  const versions = new Map<string, number>();
  return specs.map((spec, index) => {
    const streamVersion = (versions.get(spec.stream) ?? 0) + 1;
    versions.set(spec.stream, streamVersion);
    return {
      id: `${prefix}-${index + 1}`,
      type: spec.type,
      time: spec.timeMs,
      schemaVersion: 1,
      source: 'api',
      correlationId: `${prefix}-1`,
      causationId: null,
      metadata: {},
      data: { note: spec.note, total: spec.total },
      streamId: spec.stream,
      streamVersion,
      position: index + 1,
    };
  });
}

/** The file text: the log in `format` with the mutation applied (see mustRefuse for the oracle). */
export function hostileText(
  format: 'ndjson' | 'json' | 'csv',
  log: readonly StoredEvent[],
  mutation: Mutation,
): string {
  if (mutation.kind === 'garbage') return mutation.text;
  const events = mutateEvents(log, mutation);
  if (format === 'csv' || !isObjectMutation(mutation)) {
    return truncate(formatLog(format, events), mutation);
  }
  const objects = formatLog('ndjson', events)
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const first = objects[0]!;
  if (mutation.kind === 'missing') delete first[mutation.attribute];
  if (mutation.kind === 'wrong-type') first[mutation.attribute] = mutation.value;
  const lines = objects.map((object) => JSON.stringify(object));
  if (mutation.kind === 'proto-key')
    lines[0] = `{"${mutation.key}":{"polluted":"yes"},${lines[0]!.slice(1)}`;
  return format === 'ndjson' ? `${lines.join('\n')}\n` : `[\n${lines.join(',\n')}\n]\n`;
}

function isObjectMutation(mutation: Mutation): boolean {
  return (
    mutation.kind === 'missing' ||
    mutation.kind === 'wrong-type' ||
    (mutation.kind === 'proto-key' && mutation.where === 'event')
  );
}

function mutateEvents(log: readonly StoredEvent[], mutation: Mutation): StoredEvent[] {
  const events = [...log];
  const first = events[0]!;
  switch (mutation.kind) {
    case 'html-data':
      events[0] = { ...first, data: { note: mutation.html, html: [mutation.html] } };
      break;
    case 'html-type':
      events[0] = { ...first, type: mutation.html };
      break;
    case 'duplicate-id':
      events[mutation.to] = { ...events[mutation.to]!, id: events[mutation.from]!.id };
      break;
    case 'proto-key':
      if (mutation.where === 'data') {
        // JSON.parse makes the key an own property, so the writer emits it as a key.
        const data = JSON.parse(`{"note":"x","${mutation.key}":{"polluted":"yes"}}`) as unknown;
        events[0] = { ...first, data };
      }
      break;
  }
  return events;
}

/** Cuts the text inside the chosen record, before its last character (never at a boundary). */
function truncate(text: string, mutation: Mutation): string {
  if (mutation.kind !== 'truncate') return text;
  const lines = text.split('\n');
  // Line 0 of CSV is the header and of a batch the '[': the records start after it.
  const offset = lines[0] === '[' || lines[0]!.startsWith('position,') ? 1 : 0;
  const index = Math.min(mutation.line + offset, lines.length - 1);
  const line = lines[index]!.replace(/\r$/, '').replace(/,$/, '');
  const keep = 1 + (mutation.cut % Math.max(1, line.length - 1));
  return [...lines.slice(0, index), line.slice(0, keep)].join('\n');
}
