import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import type { OrderSagaCommand } from '../../src/core/saga/order-saga-commands';
import { orderSagaDecider } from '../../src/core/saga/order-saga-decider';
import type { OrderSagaState } from '../../src/core/saga/order-saga-state';
import { stepDefinitions } from '../../src/core/saga/order-saga-steps';
import { InvariantChecker } from '../../src/sim/analysis/invariants';
import { buildSagaTimeline, forwardBarOf } from '../../src/sim/analysis/saga-timeline';

// Saga histories come from the real pure saga (decide + evolve) answering random replies,
// failures, timeouts and late successes, so the timeline is checked against every path the
// saga can take. Fixed seed (override with FC_SEED); fast-check prints seed and path on failure.
const seed = Number(process.env.FC_SEED ?? 20261202);
const numRuns = 400;

const saga = orderSagaDecider({
  maxStepAttempts: 3,
  maxCompensationAttempts: 2,
  retryIntervalMs: 1000,
  maximumIntervalMs: 30_000,
});

type Answer = 'ok' | 'fail' | 'fail-final' | 'timeout' | 'late' | 'stray';
const answer = fc.constantFrom<Answer>(
  'ok',
  'ok',
  'ok',
  'fail',
  'fail-final',
  'timeout',
  'late',
  'stray',
);

/** Runs the saga for one order through the answers; returns its stored events and final state. */
function sagaHistory(answers: readonly Answer[]): { events: StoredEvent[]; state: OrderSagaState } {
  const events: StoredEvent[] = [];
  let state = saga.initialState;
  const record = (command: OrderSagaCommand) => {
    const decision = saga.decide(command, state);
    for (const event of decision.ok ? decision.events : []) {
      const position = events.length + 1;
      events.push({
        id: `e${position}`,
        type: event.type,
        time: position * 10,
        schemaVersion: 1,
        source: 'saga',
        correlationId: 'c',
        causationId: null,
        metadata: {},
        data: event.data,
        streamId: 'saga-o-1',
        streamVersion: position,
        position,
      });
      state = saga.evolve(state, event);
    }
  };
  record({ type: 'StartOrderSaga', data: { orderId: 'o-1', userId: 'u', total: 5, items: [] } });
  for (const next of answers) {
    const command = commandFor(next, state);
    if (command) record(command);
  }
  return { events, state };
}

function commandFor(next: Answer, state: OrderSagaState): OrderSagaCommand | null {
  const step = state.current;
  switch (next) {
    case 'ok':
      return step
        ? { type: 'HandleStepReply', data: { eventType: stepDefinitions[step].succeeded } }
        : null;
    case 'fail':
    case 'fail-final':
      return step
        ? {
            type: 'HandleStepReply',
            data: { eventType: stepDefinitions[step].failed, retryable: next === 'fail' },
          }
        : null;
    case 'timeout':
      return step ? { type: 'HandleStepTimeout', data: { step, attempt: state.attempt } } : null;
    case 'late':
      return state.abandoned
        ? {
            type: 'HandleStepReply',
            data: { eventType: stepDefinitions[state.abandoned].succeeded },
          }
        : null;
    case 'stray':
      // An answer to nothing current (a duplicate): the saga decides nothing.
      return { type: 'HandleStepReply', data: { eventType: 'payment.processed' } };
  }
}

const histories = fc.array(answer, { minLength: 1, maxLength: 40 }).map(sagaHistory);

describe(`saga timeline over random saga histories (fast-check seed ${seed})`, () => {
  it(`links every compensation bar to a succeeded forward bar of its lane (seed ${seed}, ${numRuns} runs)`, () => {
    fc.assert(
      fc.property(histories, ({ events }) => {
        const lane = buildSagaTimeline(events, { maxBarsPerLane: 100 }).lane('o-1');
        expect(lane).toBeDefined();
        for (const bar of lane?.bars ?? []) {
          if (bar.linkedForwardStep === null) continue;
          expect(forwardBarOf(lane!, bar)?.outcome).toBe('succeeded');
        }
        expect(new InvariantChecker().addAll(events)).toEqual([]);
      }),
      { seed, numRuns },
    );
  });

  it(`agrees with the saga's own state: status, completed steps, attempts (seed ${seed}, ${numRuns} runs)`, () => {
    fc.assert(
      fc.property(histories, ({ events, state }) => {
        const lane = buildSagaTimeline(events, { maxBarsPerLane: 100 }).lane('o-1')!;
        expect(lane.status).toBe(state.status);
        const succeededForward = lane.bars
          .filter((bar) => bar.track === 'forward' && bar.outcome === 'succeeded')
          .map((bar) => bar.step);
        expect(new Set(succeededForward)).toEqual(new Set(state.completed));
        // A step never runs again after it succeeded: its success is its newest attempt.
        for (const step of succeededForward) {
          const attempts = lane.bars.filter((bar) => bar.step === step);
          expect(attempts.at(-1)?.outcome).toBe('succeeded');
        }
        const recorded = lane.bars.filter((bar) => bar.start !== null);
        expect(recorded).toHaveLength(
          events.filter((event) => event.type === 'saga.step.started').length,
        );
        const inFlight = recorded.filter((bar) => bar.outcome === 'pending');
        expect(inFlight.map((bar) => bar.step)).toEqual(state.current ? [state.current] : []);
      }),
      { seed, numRuns },
    );
  });
});
