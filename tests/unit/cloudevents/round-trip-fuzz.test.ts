import { CloudEvent } from 'cloudevents';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCloudEvent } from '../../../src/core/cloudevents/from-cloud-event';
import { toCloudEvent } from '../../../src/core/cloudevents/to-cloud-event';
import type { EventEnvelope, StoredEvent } from '../../../src/core/messages/event';

// Fixed for reproducibility; override with FC_SEED. fast-check prints seed and path on failure.
// (`+ 0` turns -0 into 0: virtual time has no negative zero.)
const seed = Number(process.env.FC_SEED ?? 7031);
const numRuns = 200;

const text = fc.string({ minLength: 1, maxLength: 12 });
const envelope: fc.Arbitrary<EventEnvelope> = fc.record(
  {
    id: text,
    type: text,
    time: fc.oneof(
      fc.nat({ max: 10 ** 10 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }).map((ms) => ms + 0),
    ),
    schemaVersion: fc.integer({ min: 1, max: 1000 }),
    source: fc.string({ maxLength: 12 }),
    correlationId: text,
    causationId: fc.option(text, { nil: null }),
    partitionKey: text,
    metadata: fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })),
    data: fc.jsonValue(),
  },
  {
    requiredKeys: [
      'id',
      'type',
      'time',
      'schemaVersion',
      'source',
      'correlationId',
      'causationId',
      'metadata',
      'data',
    ],
  },
);
const storedEvent: fc.Arbitrary<StoredEvent> = fc
  .tuple(envelope, text, fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat())
  .map(([event, streamId, streamVersion, position]) => ({
    ...event,
    streamId,
    streamVersion,
    position,
  }));

describe(`CloudEvents mapping of random events (fast-check seed ${seed})`, () => {
  it('round-trips every event and the official SDK accepts every export in strict mode', () => {
    fc.assert(
      fc.property(fc.oneof(envelope, storedEvent), (event) => {
        const exported = toCloudEvent(event);
        expect(() => new CloudEvent(exported, true)).not.toThrow();
        expect(fromCloudEvent(exported)).toEqual(event);
      }),
      { seed, numRuns },
    );
  });
});
