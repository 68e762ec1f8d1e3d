// @vitest-environment jsdom
import '../setup/component.setup';
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { field, inspect, inspector, nodeById } from './inspector-harness';

const button = (name: string) => within(inspector()).getByRole('button', { name });

describe('given a selected Payment and its Faults section', () => {
  it('when Failure rate is set to 100 (%), then the engine gets 1.0 and the node keeps it', async () => {
    const { engine, user, ids } = inspect('payment');
    await user.clear(field('Failure rate'));
    await user.type(field('Failure rate'), '100');

    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'payment-1',
      setting: 'failure-rate',
      value: 1,
    });
    expect(nodeById(ids[0]!).data.faults.failureRate).toBe(1);
    expect(field('Failure rate').value).toBe('100');
  });

  it('when Failure rate is above 100, then it is refused inline and not injected', async () => {
    const { engine, user, ids } = inspect('payment');
    await user.clear(field('Failure rate'));
    engine.injectFault.mockClear();
    await user.type(field('Failure rate'), '150');

    expect(field('Failure rate').getAttribute('aria-invalid')).toBe('true');
    expect(engine.injectFault).not.toHaveBeenCalledWith(expect.objectContaining({ value: 1.5 }));
    expect(nodeById(ids[0]!).data.faults.failureRate).toBe(0.15);
  });

  it('when Start outage is pressed, then down is injected for the duration, not kept', async () => {
    const { engine, user, ids } = inspect('payment');
    await user.clear(field('Outage duration (s)'));
    await user.type(field('Outage duration (s)'), '45');
    await user.click(button('Start outage'));

    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'payment-1',
      setting: 'down',
      value: true,
      durationMs: 45_000,
    });
    expect(nodeById(ids[0]!).data.faults.down).toBe(false);
    expect(within(inspector()).getByText(/Outage started/).textContent).toContain('45 s');
  });

  it('when Crash then Restart are pressed, then down is kept on the node and injected', async () => {
    const { engine, user, ids } = inspect('payment');
    const dataBefore = nodeById(ids[0]!).data;
    await user.click(button('Crash'));
    expect(nodeById(ids[0]!).data.faults.down).toBe(true);
    // A new data object, so the memoised canvas node re-renders with the fault.
    expect(nodeById(ids[0]!).data).not.toBe(dataBefore);
    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'payment-1',
      setting: 'down',
      value: true,
    });

    await user.click(button('Restart'));
    expect(nodeById(ids[0]!).data.faults.down).toBe(false);
    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'payment-1',
      setting: 'down',
      value: false,
    });
  });

  it('when Fail next, Slow factor and Latency override change, then each is injected', async () => {
    const { engine, user, ids } = inspect('payment');
    await user.clear(field('Fail next'));
    await user.type(field('Fail next'), '3');
    await user.clear(field('Slow factor'));
    await user.type(field('Slow factor'), '4');
    await user.type(field('Latency override (ms)'), '250');

    const calls = engine.injectFault.mock.calls.map(([fault]) => fault);
    expect(calls).toContainEqual({ target: 'payment-1', setting: 'fail-next', value: 3 });
    expect(calls).toContainEqual({ target: 'payment-1', setting: 'slow-factor', value: 4 });
    expect(calls).toContainEqual({ target: 'payment-1', setting: 'latency-ms', value: 250 });
    expect(nodeById(ids[0]!).data.faults).toEqual(
      expect.objectContaining({ failNext: 3, slowFactor: 4, latencyMs: 250 }),
    );

    await user.clear(field('Latency override (ms)'));
    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'payment-1',
      setting: 'latency-ms',
      value: -1,
    });
    expect(nodeById(ids[0]!).data.faults.latencyMs).toBeUndefined();
  });

  it('when the component is not a bus, then the bus-only fields are absent', () => {
    inspect('payment');
    for (const name of ['Duplicate rate', 'Drop rate', 'Reorder jitter (ms)']) {
      expect(within(inspector()).queryByLabelText(name)).toBeNull();
    }
  });
});

describe('given a selected Event Bus', () => {
  it('when Duplicate rate is 50 (%), then 0.5 is injected and kept in the bus config', async () => {
    const { engine, user, ids } = inspect('event-bus');
    await user.clear(field('Duplicate rate'));
    await user.type(field('Duplicate rate'), '50');

    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'event-bus-1',
      setting: 'duplicate-rate',
      value: 0.5,
    });
    expect(nodeById(ids[0]!).data.config).toMatchObject({ duplicateRate: 0.5 });
    expect(within(inspector()).getAllByLabelText('Duplicate rate')).toHaveLength(1);
  });

  it('when delivery is at-least-once, then Drop rate is disabled with the reason', async () => {
    const { user } = inspect('event-bus');
    const dropRate = field('Drop rate');
    expect(dropRate.disabled).toBe(true);
    const reason = document.getElementById(dropRate.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('Only at-most-once delivery loses events');

    await user.selectOptions(within(inspector()).getByLabelText('Delivery guarantee'), [
      'at-most-once',
    ]);
    expect(field('Drop rate').disabled).toBe(false);
  });

  it('when Reorder jitter is set, then it is injected in ms', async () => {
    const { engine, user } = inspect('event-bus');
    await user.clear(field('Reorder jitter (ms)'));
    await user.type(field('Reorder jitter (ms)'), '200');
    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'event-bus-1',
      setting: 'reorder-jitter-ms',
      value: 200,
    });
  });
});

describe('given a Payment in a timed outage but configured up', () => {
  it('when Restart is pressed, then down=false still reaches the engine and no history is added', async () => {
    const { engine, user, ids } = inspect('payment');
    await user.click(button('Start outage'));
    const steps = useEventfoldStore.getState().history.past.length;

    await user.click(button('Restart'));

    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'payment-1',
      setting: 'down',
      value: false,
    });
    expect(nodeById(ids[0]!).data.faults.down).toBe(false);
    expect(useEventfoldStore.getState().history.past).toHaveLength(steps);
  });
});
