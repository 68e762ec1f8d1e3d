import { act, render } from '@testing-library/react';
import { connectLogModels } from '../../src/app/connect-log-models';
import type { StoredEvent } from '../../src/core/messages/event';
import { RecentEvents } from '../../src/state/live/recent-events';
import type { EventLogSource } from '../../src/state/log/event-log-source';
import { useEventfoldStore } from '../../src/state/store';
import { BottomPanel } from '../../src/ui/panel/BottomPanel';
import { runExample } from '../unit/sim/analysis/example-run';
import { LogBuilder } from '../unit/sim/analysis/log-builder';

// jsdom lays nothing out, so every element is 0 px tall and a virtual list would show no row.
// The lane list's scroll box gets a viewport's height: about a dozen 48 px lanes.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 600,
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get: () => 1000,
});

let disconnectModels = () => {};

/**
 * The bottom panel over a fresh store whose live buffer and log source the test controls, with
 * the log's models connected as the app connects them.
 */
export function renderBottomPanel(options: { logSource?: EventLogSource | null } = {}) {
  disconnectModels();
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  const recentEvents = new RecentEvents();
  useEventfoldStore.setState({ recentEvents, logSource: options.logSource ?? null });
  disconnectModels = connectLogModels(useEventfoldStore);
  const view = render(<BottomPanel />);
  return {
    view,
    recentEvents,
    /** Delivers a batch of live events of `runId`, as the engine bridge does. */
    pushLive: (events: readonly StoredEvent[], runId = 1) =>
      act(() => {
        useEventfoldStore.setState({ runId });
        recentEvents.push(runId, events);
      }),
  };
}

/** The example run with Payment failing every charge: every saga compensates. */
export function compensatingRun(untilMs = 6_000): StoredEvent[] {
  return runExample({ paymentFailureRate: 1, untilMs }).events();
}

/** One saga whose refund keeps failing: it ends stuck. */
export function stuckSagaLog(): StoredEvent[] {
  const log = new LogBuilder();
  const saga = (type: string, data: object, time: number) =>
    log.add(type, 'saga-o-9', data, { source: 'saga', correlationId: 'cmd-9', time });
  saga('saga.started', { orderId: 'o-9' }, 100);
  saga('saga.step.started', { step: 'reserve-inventory', attempt: 1 }, 100);
  saga('saga.step.succeeded', { step: 'reserve-inventory', attempt: 1 }, 150);
  saga('saga.step.started', { step: 'process-payment', attempt: 1 }, 150);
  saga('saga.step.succeeded', { step: 'process-payment', attempt: 1 }, 200);
  saga('saga.step.started', { step: 'confirm-order', attempt: 1 }, 200);
  saga('saga.step.failed', { step: 'confirm-order', attempt: 1, willRetry: false }, 260);
  saga(
    'saga.compensation.required',
    {
      failedStep: 'confirm-order',
      reason: 'confirm-order: rejected',
      steps: ['refund-payment', 'release-inventory'],
    },
    260,
  );
  saga('saga.step.started', { step: 'refund-payment', attempt: 1 }, 260);
  saga('saga.step.failed', { step: 'refund-payment', attempt: 1, willRetry: true }, 400);
  saga('saga.step.started', { step: 'refund-payment', attempt: 2 }, 1400);
  saga('saga.step.failed', { step: 'refund-payment', attempt: 2, willRetry: false }, 1500);
  saga('saga.stuck', { orderId: 'o-9', reason: 'refund-payment kept failing' }, 1500);
  return log.events;
}
