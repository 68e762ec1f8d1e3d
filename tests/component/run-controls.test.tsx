// @vitest-environment jsdom
import '../setup/component.setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstOpenHint } from '../../src/app/bootstrap';
import { useEventfoldStore } from '../../src/state/store';
import { renderAppWithEngine } from './run-harness';

const toolbar = () => screen.getByRole('toolbar', { name: 'Simulation controls' });
const button = (name: string) =>
  within(toolbar()).getByRole('button', { name }) as HTMLButtonElement;
const statusText = () =>
  screen.getByRole('status', { name: 'Simulation status' }).textContent ?? '';
const eventCount = () => Number(/(\d+) events/.exec(statusText())?.[1]);
const stepCount = () => Number(/(\d+) steps?/.exec(statusText())?.[1]);
const virtualTime = () => /t = ([\d.]+) s/.exec(statusText())?.[1];

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

async function openExample() {
  const app = await renderAppWithEngine();
  dispose = app.dispose;
  return app;
}

describe('given the example open with an engine attached', () => {
  it('when it opens, then the canvas shows its 14 components, Run is enabled and a hint says what to try', async () => {
    const { view } = await openExample();
    const nodes = Array.from(view.container.querySelectorAll('.react-flow__node'));
    expect(nodes).toHaveLength(14);
    const names = nodes.map((node) => node.querySelector('.component-node__name')?.textContent);
    expect(names).toEqual(expect.arrayContaining(['Order Saga', 'Payment', 'Order API']));
    expect(button('Run').disabled).toBe(false);
    expect(screen.getByText(firstOpenHint)).toBeTruthy();
    expect(statusText()).toContain('Ready');
    expect(statusText()).toContain('0 events');
  });

  it('when Run is pressed, then the hint stays: it has said only half of what to try', async () => {
    const user = userEvent.setup();
    const { advanceFrames } = await openExample();
    await user.click(button('Run'));
    await advanceFrames(10);
    expect(screen.queryByText(firstOpenHint)).not.toBeNull();
  });

  it("when a fault is injected as the hint suggests (Payment's failure rate), then the hint goes", async () => {
    const user = userEvent.setup();
    const { advanceFrames } = await openExample();
    await user.click(button('Run'));
    await advanceFrames(10);
    act(() => {
      expect(
        useEventfoldStore.getState().setComponentFault('payment', 'failure-rate', 1),
      ).toBeNull();
    });
    await advanceFrames(2);
    expect(screen.queryByText(firstOpenHint)).toBeNull();
  });

  it('when a timed fault is injected before Run (a Chaos action), then the hint goes too', async () => {
    const { advanceFrames } = await openExample();
    act(() => {
      expect(
        useEventfoldStore.getState().injectTimedFault('payment', 'down', true, 30_000),
      ).toBeNull();
    });
    await advanceFrames(2);
    expect(screen.queryByText(firstOpenHint)).toBeNull();
  });

  it('when Run, Pause, Step and Reset are pressed, then the status bar follows the engine', async () => {
    const user = userEvent.setup();
    const { advanceFrames } = await openExample();

    await user.click(button('Run'));
    await advanceFrames(30);
    expect(statusText()).toContain('Running');
    expect(button('Run').disabled).toBe(true);
    const whileRunning = eventCount();
    expect(whileRunning).toBeGreaterThan(0);
    expect(virtualTime()).not.toBe('0.000');
    await advanceFrames(30);
    expect(eventCount()).toBeGreaterThan(whileRunning);

    await user.click(button('Pause'));
    await advanceFrames(2);
    expect(statusText()).toContain('Paused');
    const paused = eventCount();
    const pausedAt = virtualTime();
    await advanceFrames(30);
    expect(eventCount()).toBe(paused);
    expect(virtualTime()).toBe(pausedAt);

    const stepsBefore = stepCount();
    await user.click(button('Step'));
    await advanceFrames(2);
    expect(stepCount()).toBe(stepsBefore + 1);
    expect(statusText()).toContain('Paused');

    await user.click(button('Reset'));
    await advanceFrames(2);
    expect(statusText()).toContain('0 events');
    expect(statusText()).toContain('t = 0.000 s');
    expect(statusText()).toContain('Ready');
  });

  it('when Space is pressed outside form fields, then it toggles run and pause; in the Seed field it types', async () => {
    const { advanceFrames } = await openExample();

    fireEvent.keyDown(document.body, { key: ' ' });
    await advanceFrames(3);
    expect(statusText()).toContain('Running');

    fireEvent.keyDown(document.body, { key: ' ' });
    await advanceFrames(2);
    expect(statusText()).toContain('Paused');

    fireEvent.keyDown(within(toolbar()).getByLabelText('Seed'), { key: ' ' });
    await advanceFrames(2);
    expect(statusText()).toContain('Paused');
  });

  it('when the seed changes, then the engine resets the run with that seed', async () => {
    const user = userEvent.setup();
    const { advanceFrames, latestSnapshot } = await openExample();
    await user.click(button('Run'));
    await advanceFrames(20);
    expect(eventCount()).toBeGreaterThan(0);

    const seed = within(toolbar()).getByLabelText('Seed');
    await user.clear(seed);
    await user.type(seed, '7');
    await advanceFrames(2);

    expect(latestSnapshot().seed).toBe(7);
    expect(statusText()).toContain('0 events');
    expect(statusText()).toContain('Ready');
  });

  it('when a speed is chosen, then virtual time runs that many times faster than the wall clock', async () => {
    const user = userEvent.setup();
    const { advanceFrames, latestSnapshot } = await openExample();
    await user.selectOptions(within(toolbar()).getByLabelText('Speed'), '10x');
    await user.click(button('Run'));
    await advanceFrames(1); // the first running frame starts the clock
    const start = latestSnapshot().time;
    await advanceFrames(6);
    expect(latestSnapshot().speed).toBe(10);
    expect(latestSnapshot().time - start).toBeCloseTo(6 * (1000 / 60) * 10, 0);
  });

  it('when New and then Load example are chosen from the Scenario menu, then the canvas empties and Run waits, then the example is back', async () => {
    const user = userEvent.setup();
    const { view, advanceFrames } = await openExample();
    // New asks before discarding the open canvas; the person says yes.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);

    await user.click(button('Scenario'));
    await user.click(screen.getByRole('menuitem', { name: 'New' }));
    await advanceFrames(2);
    expect(confirm).toHaveBeenCalledWith(
      expect.stringMatching(/^New replaces what is open: 14 components/),
    );
    confirm.mockRestore();
    expect(view.container.querySelectorAll('.react-flow__node')).toHaveLength(0);
    expect(button('Run').disabled).toBe(true);

    await user.click(button('Scenario'));
    await act(async () => {
      await user.click(screen.getByRole('menuitem', { name: 'Load example' }));
    });
    await advanceFrames(2);
    expect(view.container.querySelectorAll('.react-flow__node')).toHaveLength(14);
    expect(button('Run').disabled).toBe(false);
    expect(useEventfoldStore.getState().engineScenario?.name).toBe('Order saga');
  });
});
