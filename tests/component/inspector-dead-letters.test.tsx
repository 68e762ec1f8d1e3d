// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connectLogModels } from '../../src/app/connect-log-models';
import type { StoredEvent } from '../../src/core/messages/event';
import { MemoryLogSource } from '../../src/infra/transfer/memory-log-source';
import { useEventfoldStore } from '../../src/state/store';
import { useTransferStore } from '../../src/state/transfer/transfer-store';
import { letterEvent } from '../support/dead-letter-events';
import { fakeEngine, freshStore, renderEditor } from './inspector-harness';

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });
const parked = () =>
  within(inspector()).getByRole('list', { name: 'Parked messages, oldest first' });

let disconnectModels = () => {};

/** The Inspector on a queue whose stream is `events`, with the log's models wired as the app wires them. */
function inspectQueue(events: readonly StoredEvent[]) {
  const { engine } = fakeEngine();
  disconnectModels();
  const [dlqId] = freshStore(['dead-letter-queue'], engine);
  useTransferStore.setState(useTransferStore.getInitialState(), true);
  disconnectModels = connectLogModels(useEventfoldStore);
  useEventfoldStore.getState().attachLogSource(new MemoryLogSource(events));
  useEventfoldStore.getState().selectNode(dlqId ?? null);
  renderEditor();
  return { engine, dlqId: dlqId!, user: userEvent.setup() };
}

const log = [
  letterEvent(1, 'deadletter.added', 'evt-16'),
  letterEvent(2, 'deadletter.added', 'evt-24', { data: { attempts: 5 } }),
  letterEvent(3, 'deadletter.added', 'evt-31'),
  letterEvent(4, 'deadletter.redriven', 'evt-24'),
];

describe('given a selected Dead Letter Queue whose stream parked three letters and redrove one', () => {
  it('when the Inspector shows it, then it lists the two still parked, oldest first, errors as text', async () => {
    inspectQueue(log);
    await waitFor(() => expect(within(inspector()).getByText('2 parked')).toBeTruthy());
    const rows = within(parked()).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.dead-letter__id')?.textContent)).toEqual([
      'evt-16',
      'evt-31',
    ]);
    expect(rows[0]!.textContent).toContain('Failed inanalytics');
    expect(rows[0]!.textContent).toContain('t = 1.000 s');
    // An error that looks like markup is shown as the characters it is.
    expect(within(rows[0]!).getByText('<b>analytics</b> failed on evt-16')).toBeTruthy();
    expect(rows[0]!.querySelector('b')).toBeNull();
  });

  it('when Redrive is pressed on a letter, then the engine redrives that entry', async () => {
    const { engine, user, dlqId } = inspectQueue(log);
    await user.click(
      await within(inspector()).findByRole('button', { name: 'Redrive order.placed evt-31' }),
    );
    expect(engine.redrive).toHaveBeenCalledWith(dlqId, 'bus/analytics#evt-31');
  });

  it('when Redrive all is pressed, then the engine redrives all of them', async () => {
    const { engine, user, dlqId } = inspectQueue(log);
    await waitFor(() => expect(within(inspector()).getByText('2 parked')).toBeTruthy());
    await user.click(within(inspector()).getByRole('button', { name: 'Redrive all' }));
    expect(engine.redrive).toHaveBeenCalledWith(dlqId, 'all');
  });

  it('when an imported log is shown, then its letters are listed but cannot be redriven', async () => {
    inspectQueue(log);
    useTransferStore.getState().setImportedLog({ fileName: 'shop.ndjson', events: 4 });
    await waitFor(() => expect(within(inspector()).getByText('2 parked')).toBeTruthy());
    const all = within(inspector()).getByRole('button', {
      name: 'Redrive all',
    }) as HTMLButtonElement;
    expect(all.disabled).toBe(true);
    const one = within(inspector()).getByRole('button', {
      name: 'Redrive order.placed evt-16',
    }) as HTMLButtonElement;
    expect(one.disabled).toBe(true);
  });
});

describe('given a selected Dead Letter Queue with nothing parked', () => {
  it('when the Inspector shows it, then it says 0 parked, what lands there, and Redrive all is off', async () => {
    inspectQueue([]);
    await waitFor(() => expect(within(inspector()).getByText('0 parked')).toBeTruthy());
    expect(within(inspector()).getByText(/Fix the consumer, then redrive them/)).toBeTruthy();
    const all = within(inspector()).getByRole('button', {
      name: 'Redrive all',
    }) as HTMLButtonElement;
    expect(all.disabled).toBe(true);
  });
});

/** What an engine snapshot frame writes for a queue holding `held` letters. */
function engineHolds(dlqId: string, held: number) {
  act(() =>
    useEventfoldStore.setState({
      metricsById: {
        [dlqId]: {
          id: dlqId,
          received: held,
          handled: held,
          errors: 0,
          queueDepth: held,
          inFlight: 0,
          latency: { p50: 0, p95: 0, p99: 0 },
          status: 'running',
          extra: { deadLetters: held },
          throughput: 0,
          intake: 0,
          flowLevel: 0,
          intakeLevel: 0,
        },
      },
    }),
  );
}

describe('given a queue whose log trails the engine (5 letters read, 8 parked in the engine)', () => {
  const trailingLog = [1, 2, 3, 4, 5].map((n) => letterEvent(n, 'deadletter.added', `evt-${n}`));

  it("when the Inspector shows it, then the count is the engine's and the list says it trails", async () => {
    const { dlqId } = inspectQueue(trailingLog);
    engineHolds(dlqId, 8);
    await waitFor(() => expect(within(parked()).getAllByRole('listitem')).toHaveLength(5));
    expect(within(inspector()).getByText('8 parked')).toBeTruthy();
    expect(
      within(inspector()).getByText(/The log catches up: 5 of 8 shown \(the log up to event 5\)/),
    ).toBeTruthy();
  });

  it('when Redrive all is pressed and the engine empties its queue, then 0 parked shows at once, with no stale list', async () => {
    const { dlqId, engine, user } = inspectQueue(trailingLog);
    engineHolds(dlqId, 8);
    await waitFor(() => expect(within(parked()).getAllByRole('listitem')).toHaveLength(5));
    await user.click(within(inspector()).getByRole('button', { name: 'Redrive all' }));
    expect(engine.redrive).toHaveBeenCalledWith(dlqId, 'all');

    engineHolds(dlqId, 0);
    expect(within(inspector()).getByText('0 parked')).toBeTruthy();
    expect(
      within(inspector()).queryByRole('list', { name: 'Parked messages, oldest first' }),
    ).toBeNull();
    expect(within(inspector()).getByText(/still lists 5; none are parked now/)).toBeTruthy();
    const all = within(inspector()).getByRole('button', {
      name: 'Redrive all',
    }) as HTMLButtonElement;
    expect(all.disabled).toBe(true);
  });

  it('when the log catches up with the redrives, then the note goes and the list agrees with the engine', async () => {
    const { dlqId } = inspectQueue(trailingLog);
    engineHolds(dlqId, 0);
    await waitFor(() => expect(within(inspector()).getByText(/none are parked now/)).toBeTruthy());
    const caughtUp = [
      ...trailingLog,
      ...[1, 2, 3, 4, 5].map((n) => letterEvent(5 + n, 'deadletter.redriven', `evt-${n}`)),
    ];
    act(() => useEventfoldStore.getState().attachLogSource(new MemoryLogSource(caughtUp)));
    await waitFor(() => expect(within(inspector()).queryByText(/The log catches up/)).toBeNull());
    expect(within(inspector()).getByText('0 parked')).toBeTruthy();
  });
});
