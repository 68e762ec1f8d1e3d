import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../src/sim/host/inline-engine-host';
import { type SimVariant, scenarioFor, simVariant } from '../support/sim-arbitrary';
import { FakeTicker } from '../unit/sim/host/fake-ticker';

// A reload of a paused run restores exactly where the person paused: the same events, steps and
// virtual time, whatever they did before (faults and settings given before Run, during the run or
// while paused, speed changes, several pauses). The restore replays the journal the workspace
// saved (src/sim/host/replay-journal.ts). Fixed seed, so a failure replays; fast-check prints the
// seed and the shrunk session in its message.
const SEED = 20261207;
const RUNS = 25;

type Action =
  | { readonly kind: 'frames'; readonly count: number; readonly intervalMs: number }
  | { readonly kind: 'fault'; readonly value: number }
  | { readonly kind: 'reconfigure'; readonly idempotent: boolean }
  | { readonly kind: 'speed'; readonly speed: number }
  | { readonly kind: 'pause-then-run'; readonly pausedFrames: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('frames' as const),
    count: fc.integer({ min: 1, max: 25 }),
    intervalMs: fc.integer({ min: 5, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('fault' as const),
    value: fc.constantFrom(0, 0.3, 1),
  }),
  fc.record({ kind: fc.constant('reconfigure' as const), idempotent: fc.boolean() }),
  fc.record({ kind: fc.constant('speed' as const), speed: fc.constantFrom(1, 5, 10, 20) }),
  fc.record({
    kind: fc.constant('pause-then-run' as const),
    pausedFrames: fc.integer({ min: 0, max: 3 }),
  }),
);

interface Session {
  readonly variant: SimVariant;
  readonly beforeRun: readonly Action[];
  readonly whileRunning: readonly Action[];
}

const session: fc.Arbitrary<Session> = fc.record({
  variant: simVariant,
  beforeRun: fc.array(
    action.filter((step) => step.kind !== 'frames'),
    { maxLength: 3 },
  ),
  whileRunning: fc.array(action, { minLength: 1, maxLength: 8 }),
});

function apply(host: InlineEngineHost, ticker: FakeTicker, step: Action): void {
  switch (step.kind) {
    case 'frames':
      ticker.advanceFrames(step.count, step.intervalMs);
      return;
    case 'fault':
      host.injectFault({ target: 'payment', setting: 'failure-rate', value: step.value });
      return;
    case 'reconfigure':
      host.reconfigure('analytics', { idempotent: step.idempotent });
      return;
    case 'speed':
      host.setSpeed(step.speed);
      return;
    case 'pause-then-run':
      host.pause();
      ticker.advanceFrames(step.pausedFrames, 16);
      host.run();
      return;
  }
}

/** The paused run's last snapshot: what the page shows and the workspace saves. */
function pausedLive({ variant, beforeRun, whileRunning }: Session): HostSnapshot {
  const ticker = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const seen: HostSnapshot[] = [];
  host.subscribe((snapshot) => seen.push(snapshot));
  host.load(scenarioFor(variant));
  for (const step of beforeRun) apply(host, ticker, step);
  host.run();
  for (const step of whileRunning) apply(host, ticker, step);
  host.pause();
  ticker.advanceFrames(1, 16);
  return seen.at(-1)!;
}

function restored(variant: SimVariant, live: HostSnapshot): HostSnapshot {
  const ticker = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const seen: HostSnapshot[] = [];
  host.subscribe((snapshot) => seen.push(snapshot));
  host.restore({
    scenario: scenarioFor(variant),
    seed: variant.seed,
    journal: live.journal,
    steps: live.steps,
    timeMs: live.time,
    minEvents: live.events,
  });
  ticker.advanceFrames(1, 16);
  return seen.at(-1)!;
}

describe('given any session of runs, pauses, faults and settings, paused at the end', () => {
  it(`when restored from what the workspace saves, then it is at the same events, steps and time (seed ${SEED}, ${RUNS} runs)`, () => {
    fc.assert(
      fc.property(session, (candidate) => {
        const live = pausedLive(candidate);
        expect(live.status).toBe('paused');
        const back = restored(candidate.variant, live);
        expect({
          status: back.status,
          events: back.events,
          steps: back.steps,
          time: back.time,
        }).toEqual({ status: 'paused', events: live.events, steps: live.steps, time: live.time });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
