// @vitest-environment jsdom
import '../setup/component.setup';
import '../support/log-test-layout';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { EventLogPanel } from '../../src/ui/log/EventLogPanel';
import {
  hostilePayloadText,
  type LogEntry,
  LogTestSource,
  twoOrderFlows,
} from '../support/log-test-source';

function renderLog(entries: readonly LogEntry[] = twoOrderFlows()) {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  const source = new LogTestSource(entries);
  useEventfoldStore.getState().attachLogSource(source);
  render(<EventLogPanel />);
  return { source, user: userEvent.setup() };
}

const grid = () => screen.getByRole('grid', { name: 'Stored events' });

/** The data rows as [position, type] pairs (rows still loading show "loading…" as type). */
function shownRows(): [string, string][] {
  return within(grid())
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return [cells[0]?.textContent ?? '', cells[2]?.textContent ?? cells[1]?.textContent ?? ''];
    });
}

async function expectRows(expected: [string, string][]) {
  await waitFor(() => expect(shownRows()).toEqual(expected));
}

const allRows: [string, string][] = [
  ['1', 'order.placed'],
  ['2', 'saga.started'],
  ['3', 'inventory.reserved'],
  ['4', 'order.placed'],
  ['5', 'payment.failed'],
  ['6', 'order.confirmed'],
  ['7', 'system.service.started'],
];

const details = () => screen.getByRole('complementary', { name: 'Event details' });

async function openRow(user: ReturnType<typeof userEvent.setup>, position: number) {
  await waitFor(() => expect(shownRows().length).toBeGreaterThanOrEqual(position));
  const row = within(grid()).getAllByRole('row')[position] as HTMLElement;
  await user.click(row);
  await screen.findByRole('complementary', { name: 'Event details' });
}

describe('given the Event log over a stored log', () => {
  it('when no log source is attached, then it shows the empty state', () => {
    useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
    render(<EventLogPanel />);
    expect(screen.getByText('No events yet — press Run')).toBeTruthy();
  });

  it('when it opens, then every stored event is a row with position, time, type, stream, source and correlation', async () => {
    renderLog();
    await expectRows(allRows);
    const cells = within(within(grid()).getAllByRole('row')[5] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '5',
      '0.050',
      'payment.failed',
      'payment-o-2',
      'payment',
      'c-2',
    ]);
    expect(screen.getByText('7 events saved')).toBeTruthy();
  });

  it('when events are stored while it is open, then the new rows appear', async () => {
    const { source } = renderLog();
    await expectRows(allRows);
    act(() => {
      source.add([{ type: 'order.shipped', streamId: 'order-o-1', correlationId: 'c-1' }]);
    });
    await expectRows([...allRows, ['8', 'order.shipped']]);
  });

  it('when a type pattern is typed, then only matching events remain and the store holds the filter', async () => {
    const { user } = renderLog();
    await expectRows(allRows);
    await user.type(screen.getByRole('searchbox', { name: 'Type pattern' }), 'order.*');
    await expectRows([
      ['1', 'order.placed'],
      ['4', 'order.placed'],
      ['6', 'order.confirmed'],
    ]);
    expect(useEventfoldStore.getState().eventLogFilter).toEqual({ typePattern: 'order.*' });
    expect(screen.getByText('3 matches in 7 events')).toBeTruthy();
  });

  it('when an invalid pattern is typed, then an inline error explains it and the rows stay', async () => {
    const { user } = renderLog();
    await expectRows(allRows);
    const input = screen.getByRole('searchbox', { name: 'Type pattern' });
    await user.type(input, 'order.#.placed');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Type pattern: .*only allowed as the last segment/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(shownRows()).toEqual(allRows);
    expect(useEventfoldStore.getState().eventLogFilter).toEqual({});
  });

  it('when a correlation id is typed, then only that flow shows (read through the correlation index)', async () => {
    const { user, source } = renderLog();
    await expectRows(allRows);
    const scansBefore = source.reads.all;
    await user.type(screen.getByRole('searchbox', { name: 'Correlation id' }), 'c-2');
    await expectRows([
      ['4', 'order.placed'],
      ['5', 'payment.failed'],
    ]);
    expect(source.reads.correlation).toBeGreaterThan(0);
    expect(source.reads.all).toBe(scansBefore);
  });

  it('when payload text is typed, then only events whose payload contains it show', async () => {
    const { user } = renderLog();
    await expectRows(allRows);
    await user.type(screen.getByRole('searchbox', { name: 'Payload text' }), 'ONERROR');
    await expectRows([['5', 'payment.failed']]);
  });

  it('when an event with a hostile payload is opened, then the payload is shown as text and no element is created', async () => {
    const { user } = renderLog();
    await openRow(user, 5);
    const payload = within(details()).getByRole('region', { name: 'Payload' });
    expect(payload.querySelector('pre')?.textContent).toContain(
      `"reason": "${hostilePayloadText}"`,
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('when Next and Previous in stream are pressed, then the details move along the stream', async () => {
    const { user } = renderLog();
    await openRow(user, 1);
    const heading = () => within(details()).getByRole('heading', { level: 3 }).textContent;
    expect(heading()).toBe('#1 order.placed');
    const previous = within(details()).getByRole('button', { name: 'Previous in stream' });
    await waitFor(() => expect(within(details()).getByText('order-o-1 v1 of 2')).toBeTruthy());
    expect((previous as HTMLButtonElement).disabled).toBe(true);

    await user.click(within(details()).getByRole('button', { name: 'Next in stream' }));
    expect(heading()).toBe('#6 order.confirmed');
    await user.click(within(details()).getByRole('button', { name: 'Previous in stream' }));
    expect(heading()).toBe('#1 order.placed');
  });

  it('when an event is opened, then its causation tree shows what caused it and what it caused', async () => {
    const { user } = renderLog();
    await openRow(user, 3);
    const causes = await within(details()).findByRole('list', { name: 'Causes' });
    expect(
      within(causes)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['#1 order.placed · orders', '#2 saga.started · saga']);
    const effects = within(details()).getByRole('list', { name: 'Effects' });
    expect(within(effects).getByRole('button').textContent).toBe('#6 order.confirmed · orders');

    await user.click(within(causes).getAllByRole('button')[0] as HTMLElement);
    expect(within(details()).getByRole('heading', { level: 3 }).textContent).toBe(
      '#1 order.placed',
    );
    const selected = within(grid())
      .getAllByRole('row')
      .find((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected && within(selected).getAllByRole('cell')[0]?.textContent).toBe('1');
  });

  it('when Show whole flow and Show on canvas are pressed, then the flow tree shows and its components are highlighted', async () => {
    const { user } = renderLog();
    await openRow(user, 2);
    await within(details()).findByRole('list', { name: 'Causes' });
    await user.click(within(details()).getByRole('button', { name: 'Show whole flow' }));
    const flow = within(details()).getByRole('list', { name: 'Whole flow' });
    expect(within(flow).getAllByRole('button')).toHaveLength(4);

    await user.click(within(details()).getByRole('button', { name: 'Show on canvas' }));
    expect(useEventfoldStore.getState().highlightedComponents).toEqual([
      'orders',
      'saga',
      'inventory',
    ]);
    await user.click(within(details()).getByRole('button', { name: 'Clear highlight' }));
    expect(useEventfoldStore.getState().highlightedComponents).toEqual([]);
  });

  it('when the grid has focus, then Down and Up move the selection and Enter opens it', async () => {
    const { user } = renderLog();
    await expectRows(allRows);
    grid().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{ArrowDown}{ArrowDown}');
    const selected = within(grid())
      .getAllByRole('row')
      .find((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected && within(selected).getAllByRole('cell')[0]?.textContent).toBe('3');
    expect(grid().getAttribute('aria-activedescendant')).toBe(selected?.id);
    expect(screen.queryByRole('complementary', { name: 'Event details' })).toBeNull();
    await user.keyboard('{Enter}');
    expect(within(details()).getByRole('heading', { level: 3 }).textContent).toBe(
      '#3 inventory.reserved',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Event details' })).toBeNull();
  });
});

describe('given the order audit', () => {
  it('when an order id is looked up, then its events are listed with the state after each', async () => {
    const { user } = renderLog();
    await user.type(screen.getByRole('textbox', { name: 'Order id' }), 'o-1');
    await user.click(screen.getByRole('button', { name: 'Show history' }));
    const pane = await screen.findByRole('complementary', { name: 'Order history' });
    const rows = await within(pane).findAllByRole('row');
    expect(
      rows.slice(1).map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1', '0.010', 'order.placed', 'pending · total 10.00', 'order created'],
      ['2', '0.060', 'order.confirmed', 'confirmed · total 10.00', 'status'],
    ]);
  });

  it('when the order does not exist, then it says so', async () => {
    const { user } = renderLog();
    await user.type(screen.getByRole('textbox', { name: 'Order id' }), 'o-99');
    await user.click(screen.getByRole('button', { name: 'Show history' }));
    const pane = await screen.findByRole('complementary', { name: 'Order history' });
    expect((await within(pane).findByRole('status')).textContent).toContain(
      'No order "o-99" in the stored log',
    );
  });
});
