// @vitest-environment jsdom
import '../setup/component.setup';
import { act, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { componentKindInfo } from '../../src/sim/scenario/component-kinds';
import { useEventfoldStore } from '../../src/state/store';
import { descriptionOf, field, inspect, inspector, nodeById } from './inspector-harness';

describe('given a selected Producer in the inspector', () => {
  it('when it opens, then it shows name, kind, id and a Configuration form from the schema', () => {
    inspect('producer');
    expect(field('Name').value).toBe(componentKindInfo.producer.label);
    expect(within(inspector()).getByText('producer-1')).toBeTruthy();
    const rate = field('Rate (orders/s)');
    expect(rate.type).toBe('number');
    expect(rate.value).toBe('5');
    expect(rate.min).toBe('0');
    expect(rate.max).toBe('100000');
    const keyBy = within(inspector()).getByLabelText('Partition key') as HTMLSelectElement;
    expect(Array.from(keyBy.options, (option) => option.value)).toEqual(['user', 'order']);
  });

  it('when it opens, then the partition key says that an order keeps the key of its first event', () => {
    inspect('producer');
    const keyBy = within(inspector()).getByLabelText('Partition key');
    expect(descriptionOf(keyBy)).toBe(
      'An order keeps the key of its first event: all its events share one partition, in order',
    );
    // Only the key says so: the other producer fields have no such line.
    expect(descriptionOf(field('Users'))).not.toContain('first event');
  });

  it('when the rate is changed to 12, then the node data and the running engine get it', async () => {
    const { engine, user, ids } = inspect('producer');
    await user.clear(field('Rate (orders/s)'));
    await user.type(field('Rate (orders/s)'), '12');

    expect(nodeById(ids[0]!).data.config).toMatchObject({ ratePerSecond: 12 });
    expect(engine.reconfigure).toHaveBeenLastCalledWith(
      'producer-1',
      expect.objectContaining({ ratePerSecond: 12, users: 50 }),
    );
  });

  it('when a negative rate is typed, then the error shows inline and nothing is applied', async () => {
    const { engine, user, ids } = inspect('producer');
    await user.clear(field('Rate (orders/s)'));
    engine.reconfigure.mockClear();
    await user.type(field('Rate (orders/s)'), '-3');

    const rate = field('Rate (orders/s)');
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(rate)).toContain('Must be between 0 and 100000');
    expect(descriptionOf(rate)).toContain('not applied: still 5');
    expect(engine.reconfigure).not.toHaveBeenCalled();
    expect(nodeById(ids[0]!).data.config).toMatchObject({ ratePerSecond: 5 });
  });

  it('when the name is edited, then the canvas node shows the new name', async () => {
    const { user, view } = inspect('producer');
    await user.clear(field('Name'));
    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
    await user.type(field('Name'), 'Checkout API');

    await waitFor(() =>
      expect(view.container.querySelector('.react-flow__node')?.textContent).toContain(
        'Checkout API',
      ),
    );
    expect(field('Name').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('given a selected Consumer', () => {
  it('when nested and boolean settings change, then grouped fields update the config', async () => {
    const { engine, user, ids } = inspect('consumer');
    const retries = within(inspector()).getByRole('group', { name: 'Retries' });
    const attempts = within(retries).getByLabelText('Attempts before dead letter');
    await user.clear(attempts);
    await user.type(attempts, '7');
    await user.click(field('Idempotent (skips duplicates)'));

    expect(nodeById(ids[0]!).data.config).toMatchObject({
      retry: expect.objectContaining({ maximumAttempts: 7 }),
      idempotent: false,
    });
    expect(engine.reconfigure).toHaveBeenLastCalledWith(
      'consumer-1',
      expect.objectContaining({ idempotent: false }),
    );
  });
});

describe('given a selected Event Bus', () => {
  it('when the engine defers a changed setting, then "applies after Reset" shows next to it', async () => {
    const { emit, user } = inspect('event-bus');
    await user.clear(field('Partitions'));
    await user.type(field('Partitions'), '8');
    expect(descriptionOf(field('Partitions'))).not.toContain('applies after Reset');

    act(() =>
      emit({
        journal: [
          {
            step: 0,
            timeMs: 0,
            command: { type: 'reconfigure', componentId: 'event-bus-1', config: {} },
          },
        ],
        deferredSettings: ['partitions'],
      }),
    );

    expect(descriptionOf(field('Partitions'))).toContain('applies after Reset');
    expect(descriptionOf(within(inspector()).getByLabelText('Median (ms)'))).toBe('');
  });
});

describe('given a selected Consumer group field', () => {
  it('when it is emptied or partitions get a fraction, then plain-word errors show', async () => {
    const { engine, user } = inspect('consumer', 'event-bus');
    await user.clear(field('Consumer group'));
    expect(descriptionOf(field('Consumer group'))).toContain('Cannot be empty');
    expect(engine.reconfigure).not.toHaveBeenCalled();

    act(() => useEventfoldStore.getState().selectNode('event-bus-1'));
    await user.clear(field('Partitions'));
    await user.type(field('Partitions'), '2.5');
    expect(descriptionOf(field('Partitions'))).toContain('Must be a whole number');
  });
});
