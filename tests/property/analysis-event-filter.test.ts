import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import { type EventFilter, filterEvents } from '../../src/sim/analysis/event-filter';

// Fixed for reproducibility; override with FC_SEED to explore. fast-check also prints the seed
// and the counterexample path in its failure message.
const seed = Number(process.env.FC_SEED ?? 20261201);
const numRuns = 300;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Naive reference: the pattern grammar as a regular expression, the rest by plain comparison. */
function referencePredicate(filter: EventFilter): (event: StoredEvent) => boolean {
  const { typePattern, streamId, correlationId, text } = filter;
  let typeRegex: RegExp | null = null;
  if (typePattern && !['*', '#', '**'].includes(typePattern)) {
    const segments = typePattern.split('.');
    const last = segments.at(-1);
    const open = last === '#' || last === '**';
    const fixed = (open ? segments.slice(0, -1) : segments).map((segment) =>
      segment === '*' ? '[^.]+' : escapeRegex(segment),
    );
    typeRegex = new RegExp(
      `^${fixed.join('\\.')}${open ? (fixed.length ? '(\\.[^.]+)*' : '.*') : ''}$`,
    );
  }
  return (event) =>
    (typeRegex === null || typeRegex.test(event.type)) &&
    (!streamId ||
      (streamId.endsWith('*')
        ? event.streamId.slice(0, streamId.length - 1) === streamId.slice(0, -1)
        : event.streamId === streamId)) &&
    (!correlationId || event.correlationId === correlationId) &&
    (!text || JSON.stringify(event.data).toLowerCase().indexOf(text.toLowerCase()) >= 0);
}

const word = fc.constantFrom('order', 'saga', 'placed', 'step', 'failed');
const eventType = fc.array(word, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
const typePattern = fc.oneof(
  fc.constant('*'),
  fc
    .tuple(
      fc.array(fc.oneof(word, fc.constant('*')), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', '#', '**'),
    )
    .map(([segments, tail]) => (tail ? [...segments, tail] : segments).join('.')),
);
const stream = fc.constantFrom('order-o-1', 'order-o-12', 'saga-o-1', 'system-payment');
const note = fc.constantFrom('Gift', 'gift wrap', 'O-1', 'none');

const event = fc
  .record({ type: eventType, streamId: stream, correlationId: fc.constantFrom('c1', 'c2'), note })
  .map(
    ({ type, streamId, correlationId, note: text }): StoredEvent => ({
      id: 'x',
      type,
      time: 0,
      schemaVersion: 1,
      source: 's',
      correlationId,
      causationId: null,
      metadata: {},
      data: { orderId: streamId.slice(streamId.indexOf('-') + 1), note: text },
      streamId,
      streamVersion: 1,
      position: 1,
    }),
  );

const filter: fc.Arbitrary<EventFilter> = fc.record(
  {
    typePattern,
    streamId: fc.oneof(stream, fc.constantFrom('order-*', 'order-o-1*', 'saga-*', '*')),
    correlationId: fc.constantFrom('c1', 'c2'),
    text: fc.constantFrom('gift', 'GIFT W', 'o-1', 'o-12', '"note"'),
  },
  { requiredKeys: [] },
);

describe(`event filter (fast-check seed ${seed})`, () => {
  it(`selects exactly what a naive reference selects (seed ${seed}, ${numRuns} runs)`, () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), filter, (events, chosen) => {
        const expected = events.filter(referencePredicate(chosen));
        expect(filterEvents(events, chosen)).toEqual(expected);
      }),
      { seed, numRuns },
    );
  });
});
