// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type ComponentKind, componentKindInfo } from '../../src/sim/scenario/component-kinds';
import { useEventfoldStore } from '../../src/state/store';
import { fakeEngine, freshStore, renderEditor } from './inspector-harness';

function openChaos(kinds: readonly ComponentKind[], withEngine = true) {
  const { engine } = fakeEngine();
  freshStore(kinds, withEngine ? engine : null);
  renderEditor();
  return { engine, user: userEvent.setup() };
}

const item = (name: string) =>
  within(screen.getByRole('menu', { name: 'Chaos' })).getByRole('menuitem', {
    name: new RegExp(`^${name}`),
  });

const everyKind: ComponentKind[] = ['event-bus', 'consumer', 'consumer', 'inventory', 'payment'];

describe('given the Chaos menu over a canvas with every target kind', () => {
  it.each([
    [
      'Payment outage 30 s',
      { target: 'payment-1', setting: 'down', value: true, durationMs: 30_000 },
    ],
    [
      'Slow inventory',
      { target: 'inventory-1', setting: 'slow-factor', value: 10, durationMs: 30_000 },
    ],
    [
      'Duplicate storm',
      { target: 'event-bus-1', setting: 'duplicate-rate', value: 0.5, durationMs: 20_000 },
    ],
    ['Consumer crash', { target: 'consumer-1', setting: 'down', value: true, durationMs: 10_000 }],
  ])(
    'when "%s" is chosen, then the engine gets %o and a confirmation shows',
    async (name, fault) => {
      const { engine, user } = openChaos(everyKind);
      await user.click(screen.getByRole('button', { name: 'Chaos' }));
      await user.click(item(name));

      expect(engine.injectFault).toHaveBeenCalledTimes(1);
      expect(engine.injectFault).toHaveBeenCalledWith(fault);
      expect(screen.queryByRole('menu', { name: 'Chaos' })).toBeNull();
      // Said as a notice over the canvas (Notices.tsx renders the store's notices).
      expect(useEventfoldStore.getState().notices).toContainEqual(
        expect.objectContaining({
          key: 'chaos',
          tone: 'info',
          text: expect.stringMatching(`^${name} on `),
        }),
      );
    },
  );
});

describe('given a Chaos fault the store refuses', () => {
  it('when it is chosen, then an error notice says it failed and why', async () => {
    const { engine, user } = openChaos(everyKind);
    act(() => useEventfoldStore.setState({ injectTimedFault: () => 'Payment is busy' }));
    await user.click(screen.getByRole('button', { name: 'Chaos' }));
    await user.click(item('Payment outage 30 s'));

    expect(useEventfoldStore.getState().notices).toContainEqual(
      expect.objectContaining({
        key: 'chaos',
        tone: 'error',
        text: 'Payment outage 30 s failed: Payment is busy',
      }),
    );
    expect(engine.injectFault).not.toHaveBeenCalled();
  });
});

describe('given a canvas with only a Payment', () => {
  it('when the menu opens, then items for missing kinds are disabled with the reason', async () => {
    const { engine, user } = openChaos(['payment']);
    await user.click(screen.getByRole('button', { name: 'Chaos' }));

    expect(item('Payment outage 30 s').getAttribute('aria-disabled')).toBeNull();
    const slow = item('Slow inventory');
    expect(slow.getAttribute('aria-disabled')).toBe('true');
    expect(slow.textContent).toContain(`No ${componentKindInfo.inventory.label} on the canvas`);
    expect(item('Duplicate storm').textContent).toContain(
      `No ${componentKindInfo['event-bus'].label} on the canvas`,
    );
    expect(item('Consumer crash').getAttribute('aria-disabled')).toBe('true');

    await user.click(slow);
    expect(engine.injectFault).not.toHaveBeenCalled();
  });

  it('when no engine is attached, then every item says the simulation is not ready', async () => {
    const { user } = openChaos(['payment'], false);
    await user.click(screen.getByRole('button', { name: 'Chaos' }));
    const payment = item('Payment outage 30 s');
    expect(payment.getAttribute('aria-disabled')).toBe('true');
    expect(payment.textContent).toContain('not ready');
  });

  it('when the menu is open, then arrows move between items and Escape closes it', async () => {
    const { user } = openChaos(['payment']);
    const chaos = screen.getByRole('button', { name: 'Chaos' });
    await user.click(chaos);
    expect(document.activeElement).toBe(item('Payment outage 30 s'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Slow inventory'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu', { name: 'Chaos' })).toBeNull();
    expect(document.activeElement).toBe(chaos);
  });
});
