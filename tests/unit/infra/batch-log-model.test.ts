import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/core/messages/event';
import {
  appendBatch,
  readAllEvents,
  readCorrelationEvents,
  readEvents,
  readHead,
  readStreamEvents,
  truncateAfter,
} from '../../../src/infra/db/event-batches';
import type { EventfoldDb } from '../../../src/infra/db/schema';
import { openDb, storedEvent } from './dexie-fixture';

// Fixed for reproducibility; override with FC_SEED to explore. fast-check prints the seed and
// the counterexample path on failure.
const seed = Number(process.env.FC_SEED ?? 20_260_713);
const numRuns = 60;

const STREAMS = ['order-1', 'order-2', 'order-3', 'payment-1'];
const FLOWS = ['flow-a', 'flow-b', 'flow-c'];

/** What happens to the log: a batch of events (each to a stream and flow), or a truncation. */
type Step =
  | { readonly kind: 'append'; readonly places: ReadonlyArray<readonly [number, number]> }
  /** Truncate after this fraction of the current log (0 clears it, 1 keeps it all). */
  | { readonly kind: 'truncate'; readonly keep: number };

const placeArb = fc.tuple(
  fc.integer({ min: 0, max: STREAMS.length - 1 }),
  fc.integer({ min: 0, max: FLOWS.length - 1 }),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      places: fc.array(placeArb, { minLength: 1, maxLength: 12 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('truncate' as const),
      keep: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
);
const queryArb = fc.record({
  from: fc.integer({ min: -2, max: 80 }),
  limit: fc.integer({ min: 0, max: 40 }),
});

/** Applies `step` to the database and to a plain array (the model of what the log must hold). */
async function apply(db: EventfoldDb, model: StoredEvent[], step: Step): Promise<void> {
  if (step.kind === 'truncate') {
    const position = Math.floor(model.length * step.keep);
    await truncateAfter(db, position);
    model.splice(position);
    return;
  }
  const batch: StoredEvent[] = [];
  for (const [stream, flow] of step.places) {
    const streamId = STREAMS[stream]!;
    const earlier = [...model, ...batch].filter((e) => e.streamId === streamId).length;
    batch.push(
      storedEvent(model.length + batch.length + 1, {
        streamId,
        streamVersion: earlier + 1,
        correlationId: FLOWS[flow],
      }),
    );
  }
  await appendBatch(db, batch);
  model.push(...batch);
}

const ids = (events: readonly StoredEvent[]) => events.map((e) => e.id);

describe(`the batch log against a plain array model (fast-check seed ${seed})`, () => {
  it(`given random batch splits and truncations, then every read returns exactly the model's events in position order (seed ${seed}, ${numRuns} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 10 }),
        fc.array(queryArb, { minLength: 1, maxLength: 6 }),
        async (steps, queries) => {
          const db = await openDb('model');
          const model: StoredEvent[] = [];
          for (const step of steps) await apply(db, model, step);

          expect(await readHead(db)).toBe(model.length);
          expect(ids(await readAllEvents(db))).toEqual(ids(model));
          for (const { from, limit } of queries) {
            const start = Math.max(1, from);
            const expected = model.slice(start - 1, start - 1 + limit);
            expect(ids(await readEvents(db, from, limit)), `readEvents(${from}, ${limit})`).toEqual(
              ids(expected),
            );
          }
          for (const streamId of STREAMS) {
            const expected = model.filter((e) => e.streamId === streamId);
            expect(ids(await readStreamEvents(db, streamId)), streamId).toEqual(ids(expected));
          }
          for (const flow of FLOWS) {
            const expected = model.filter((e) => e.correlationId === flow);
            expect(ids(await readCorrelationEvents(db, flow)), flow).toEqual(ids(expected));
          }
          // A truncation leaves records that still describe themselves: from..to, gap-free.
          const records = await db.eventBatches.orderBy('from').toArray();
          for (const record of records) {
            expect(record.events.map((e) => e.position)).toEqual(
              Array.from({ length: record.to - record.from + 1 }, (_, i) => record.from + i),
            );
            expect([...record.streams].sort()).toEqual(
              [...new Set(record.events.map((e) => e.streamId))].sort(),
            );
          }
          db.close();
        },
      ),
      { seed, numRuns },
    );
  });

  it('given records 1-4 and 5-8, when truncated after 6, then exactly 1-6 remain and the log continues at 7', async () => {
    const db = await openDb('truncate-inside');
    const model: StoredEvent[] = [];
    const fourEvents: Step = {
      kind: 'append',
      places: [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 0],
      ],
    };
    await apply(db, model, fourEvents);
    await apply(db, model, fourEvents);

    await truncateAfter(db, 6);

    expect((await readAllEvents(db)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await db.eventBatches.toArray()).map(({ from, to }) => [from, to])).toEqual([
      [1, 4],
      [5, 6],
    ]);
    await appendBatch(db, [storedEvent(7)]);
    expect(await readHead(db)).toBe(7);
  });
});
