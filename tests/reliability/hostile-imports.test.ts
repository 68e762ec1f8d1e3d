import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import { storeImportedLog } from '../../src/infra/transfer/store-imported-log';
import { defaultImportLimits, utf8Length } from '../../src/sim/import/import-limits';
import { parseImportText } from '../../src/sim/import/parse-import';
import {
  baseLog,
  eventSpecArb,
  hostileText,
  type Mutation,
  mustRefuse,
  mutationArb,
} from './support/hostile-files';
import { openLogConnection, placedEvents, rowProblems, storedRows } from './support/store-fixtures';

const SEED = 20_260_711;
const FILES = 1_000;
const STORED = 40;

const caseArb = fc
  .record({
    format: fc.constantFrom('ndjson' as const, 'json' as const, 'csv' as const),
    specs: fc.array(eventSpecArb, { minLength: 1, maxLength: 6 }),
  })
  .chain(({ format, specs }) =>
    mutationArb(specs.length, format).map((mutation) => ({ format, specs, mutation })),
  );

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Limits that make a file one byte or one event too big (the oversize mutation). */
function limitsFor(text: string, events: number, mutation: Mutation) {
  if (mutation.kind !== 'oversize') return defaultImportLimits;
  return mutation.by === 'bytes'
    ? { ...defaultImportLimits, maxBytes: utf8Length(text) - 1 }
    : { ...defaultImportLimits, maxEvents: events - 1 };
}

describe(`given ${FILES} generated hostile import files (seed ${SEED})`, () => {
  let fixture: Awaited<ReturnType<typeof openLogConnection>>;
  /** The log the database must hold: the first one stored, then each accepted import's. */
  let expected: readonly StoredEvent[];

  beforeAll(async () => {
    fixture = await openLogConnection('hostile-imports');
    expected = placedEvents('kept', 1, STORED);
    await fixture.connection.append(expected);
  });
  afterAll(() => fixture.dispose());

  it('when each is imported, then none that must be refused is accepted, nothing is polluted, accepted markup stays text, a refusal leaves the stored log unchanged and an acceptance replaces it whole', async () => {
    const prototypeBefore = prototypeNames();
    const tally = { files: 0, refused: 0, accepted: 0, wronglyAccepted: 0, wronglyRefused: 0 };
    const byKind: Record<string, { refused: number; accepted: number }> = {};
    let inertHtml = 0;

    await fc.assert(
      fc.asyncProperty(caseArb, async ({ format, specs, mutation }) => {
        tally.files += 1;
        const log = baseLog(`f${tally.files}`, specs);
        const text = hostileText(format, log, mutation);
        const result = parseImportText(text, limitsFor(text, log.length, mutation));
        const counts = byKind[mutation.kind] ?? { refused: 0, accepted: 0 };
        byKind[mutation.kind] = counts;

        // No parse may leave anything behind on Object.prototype.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(prototypeNames()).toBe(prototypeBefore);

        if (!result.ok) {
          tally.refused += 1;
          counts.refused += 1;
          if (!mustRefuse(mutation)) tally.wronglyRefused += 1;
          expect(result.message.length).toBeGreaterThan(0);
          expect(await storedRows(fixture.db)).toEqual(expected);
          expect(mustRefuse(mutation), `refused: ${result.message}`).toBe(true);
          return;
        }
        tally.accepted += 1;
        counts.accepted += 1;
        if (mustRefuse(mutation)) tally.wronglyAccepted += 1;
        expect(mustRefuse(mutation), `accepted a ${mutation.kind} file:\n${text}`).toBe(false);
        expect(result.kind).toBe('log');
        if (result.kind !== 'log') return;
        expect(result.events.map((e) => [e.id, e.type, e.streamId])).toEqual(
          log.map((e) => [e.id, e.type, e.streamId]),
        );
        const stored = await storeImportedLog(fixture.db, result.events);
        expect(stored).toEqual({ written: log.length, head: log.length });
        expected = result.events;
        const rows = await storedRows(fixture.db);
        expect(rows).toEqual(expected);
        if (mutation.kind === 'html-data') {
          const row = rows.find((event) => event.id === log[0]!.id);
          // Stored as the same plain string: JSON text, never markup the app interprets.
          expect(row?.data).toEqual({ note: mutation.html, html: [mutation.html] });
          inertHtml += 1;
        }
      }),
      { seed: SEED, numRuns: FILES, endOnFailure: true },
    );

    const rows = await storedRows(fixture.db);
    console.log(
      `[hostile-imports seed=${SEED}] ${tally.files} files: ${tally.refused} refused, ${tally.accepted} accepted (${inertHtml} with markup kept as text), ${tally.wronglyAccepted} wrongly accepted, ${tally.wronglyRefused} wrongly refused; by kind ${JSON.stringify(byKind)}; stored log ${STORED} -> ${rows.length} events (the last accepted file's), prototype untouched: ${prototypeNames() === prototypeBefore}`,
    );
    expect(tally).toMatchObject({ files: FILES, wronglyAccepted: 0, wronglyRefused: 0 });
    expect(tally.accepted).toBeGreaterThan(0);
    expect(Object.keys(byKind).length).toBeGreaterThanOrEqual(9);
    expect(rows).toEqual(expected);
    expect(rowProblems(rows)).toEqual([]);
  }, 120_000);
});
