// @vitest-environment jsdom
import '../setup/component.setup';
import { act, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/sim/scenario/load-scenario';
import { graphToScenario } from '../../src/state/graph/scenario-mapping';
import { useEventfoldStore } from '../../src/state/store';
import { descriptionOf, field, inspect, inspector, nodeById } from './inspector-harness';

/** The scenario as exported (app/transfer/export-actions.ts): what a file or share link holds. */
const exported = () => {
  const { nodes, edges, scenarioMeta, seed } = useEventfoldStore.getState();
  const result = loadScenario(graphToScenario(nodes, edges, { ...scenarioMeta, seed }));
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
};

describe('given a selected Producer and its Users field', () => {
  it('when "2.5" is typed, then 2 stays in effect and the field says it was not applied', async () => {
    const { engine, user, ids } = inspect('producer');
    await user.clear(field('Users'));
    await user.type(field('Users'), '2.5');

    expect(field('Users').value).toBe('2.5');
    expect(field('Users').getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(field('Users'))).toContain('Must be a whole number');
    expect(descriptionOf(field('Users'))).toContain('not applied: still 2');
    expect(nodeById(ids[0]!).data.config).toMatchObject({ users: 2 });
    expect(engine.reconfigure).not.toHaveBeenCalledWith(
      ids[0],
      expect.objectContaining({ users: 2.5 }),
    );
    const producer = exported().components.find((component) => component.id === ids[0]);
    expect(producer?.config).toMatchObject({ users: 2 });
  });

  it('when a valid value follows, then it applies and the "not applied" line goes', async () => {
    const { user, ids } = inspect('producer');
    await user.clear(field('Users'));
    await user.type(field('Users'), '2.5');
    await user.type(field('Users'), '{Backspace}{Backspace}7');

    expect(nodeById(ids[0]!).data.config).toMatchObject({ users: 27 });
    expect(field('Users').getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(field('Users'))).not.toContain('not applied');
  });
});

describe('given a selected Payment and its Failure rate (in %)', () => {
  it('when 150 is typed, then the refusal is in percent and the rate in effect is named', async () => {
    const { user, ids } = inspect('payment');
    await user.clear(field('Failure rate'));
    await user.type(field('Failure rate'), '150');

    expect(descriptionOf(field('Failure rate'))).toContain('Must be between 0 and 100 %');
    expect(descriptionOf(field('Failure rate'))).not.toContain('at most 1');
    expect(descriptionOf(field('Failure rate'))).toContain('not applied: still 15 %');
    expect(nodeById(ids[0]!).data.faults.failureRate).toBe(0.15);
  });

  it('when 0.5 is typed, then half a percent applies (0.005 in the scenario)', async () => {
    const { engine, user, ids } = inspect('payment');
    await user.clear(field('Failure rate'));
    await user.type(field('Failure rate'), '0.5');

    expect(nodeById(ids[0]!).data.faults.failureRate).toBe(0.005);
    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: ids[0],
      setting: 'failure-rate',
      value: 0.005,
    });
    expect(field('Failure rate').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('given every probability a person types', () => {
  it('when the bus rates get 150, then each refusal is in percent', async () => {
    const { user } = inspect('event-bus');
    await user.selectOptions(within(inspector()).getByLabelText('Delivery guarantee'), [
      'at-most-once',
    ]);
    for (const name of ['Duplicate rate', 'Drop rate']) {
      await user.clear(field(name));
      await user.type(field(name), '150');
      expect(descriptionOf(field(name))).toContain('Must be between 0 and 100 %');
    }
  });

  it('when a Consumer poison rate of 20 (%) is typed, then the config holds 0.2', async () => {
    const { user, ids } = inspect('consumer');
    const poison = within(inspector()).getByLabelText(/^Poison rate/) as HTMLInputElement;
    await user.clear(poison);
    await user.type(poison, '20');

    expect(nodeById(ids[0]!).data.config).toMatchObject({ poisonRate: 0.2 });
    expect(descriptionOf(poison)).toContain('%');

    await user.type(poison, '0');
    expect(descriptionOf(poison)).toContain('Must be between 0 and 100 %');
    expect(nodeById(ids[0]!).data.config).toMatchObject({ poisonRate: 0.2 });
  });

  it('when a fault is changed elsewhere (undo), then the field follows and the error clears', async () => {
    const { user, ids } = inspect('payment');
    await user.clear(field('Failure rate'));
    await user.type(field('Failure rate'), '150');
    act(() => useEventfoldStore.getState().setComponentFault(ids[0]!, 'failure-rate', 0.3));

    expect(field('Failure rate').value).toBe('30');
    expect(descriptionOf(field('Failure rate'))).not.toContain('not applied');
  });

  it('when the outage duration is refused, then the last valid one is named and used', async () => {
    const { engine, user, ids } = inspect('payment');
    await user.clear(field('Outage duration (s)'));
    await user.type(field('Outage duration (s)'), '0');
    expect(descriptionOf(field('Outage duration (s)'))).toContain(
      'Must be above 0; not applied: still 30',
    );

    await user.click(within(inspector()).getByRole('button', { name: 'Start outage' }));
    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: ids[0],
      setting: 'down',
      value: true,
      durationMs: 30_000,
    });
  });
});
