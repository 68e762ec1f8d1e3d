// @vitest-environment jsdom
import '../setup/component.setup';
import '../support/log-test-layout';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../src/sim/analysis/event-filter';
import { EventLogView } from '../../src/state/log/event-log-view';
import { LogPageCache } from '../../src/state/log/log-page-cache';
import { useEventfoldStore } from '../../src/state/store';
import { EventLogPanel } from '../../src/ui/log/EventLogPanel';
import { type LogEntry, LogTestSource } from '../support/log-test-source';

function manyEvents(count: number, offset = 0): LogEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + offset;
    return {
      type: n % 10 === 0 ? 'order.placed' : 'saga.step.started',
      streamId: `saga-o-${n % 50}`,
      correlationId: `c-${n % 40}`,
      data: { n },
    };
  });
}

/** A yield the test releases chunk by chunk, to look at the scan between chunks. */
function manualYield() {
  const waiting: Array<() => void> = [];
  return {
    yieldToPage: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: () => waiting.shift()?.(),
    get pending() {
      return waiting.length;
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('given the page cache', () => {
  it('when many ranges are requested, then it reads them by page and never keeps more than maxPages', async () => {
    const source = new LogTestSource(manyEvents(5_000));
    const cache = new LogPageCache(source, { pageSize: 100, maxPages: 5 });
    cache.setHead(5_000);
    for (let from = 1; from <= 5_000; from += 250) {
      cache.ensure(from, from + 30);
      await flush();
      expect(cache.get(from)?.position).toBe(from);
      expect(cache.size).toBeLessThanOrEqual(5);
    }
    expect(source.reads.all).toBe(20);
  });

  it('when the head grows past a short last page, then only the new tail is read', async () => {
    const source = new LogTestSource(manyEvents(120));
    const cache = new LogPageCache(source, { pageSize: 100 });
    cache.setHead(120);
    cache.ensure(101, 120);
    await flush();
    source.add(manyEvents(30, 120));
    cache.setHead(150);
    cache.ensure(101, 150);
    await flush();
    expect(source.pageReads).toEqual([
      [101, 100],
      [121, 80],
    ]);
    expect(cache.get(150)?.position).toBe(150);
    expect(cache.get(101)?.position).toBe(101);
  });

  it('when the head drops (a new run), then every page is forgotten', async () => {
    const source = new LogTestSource(manyEvents(300));
    const cache = new LogPageCache(source, { pageSize: 100 });
    cache.setHead(300);
    cache.ensure(1, 300);
    await flush();
    expect(cache.size).toBe(3);
    cache.setHead(0);
    expect(cache.size).toBe(0);
    expect(cache.get(1)).toBeUndefined();
  });
});

/** An unfiltered view (pages of 500) over `count` events, started and showing all its rows. */
async function openedView(count: number) {
  const source = new LogTestSource(manyEvents(count));
  const view = new EventLogView(source, { pageSize: 500 });
  const stop = view.start();
  await waitFor(() => expect(view.state.rowCount).toBe(count));
  return { source, view, stop };
}

describe('given the event log view', () => {
  it('when unfiltered, then rows are positions 1..head and only requested rows are read', async () => {
    const { source, view, stop } = await openedView(10_000);
    view.requestRows(4_990, 5_010);
    await waitFor(() => expect(view.eventAt(5_010)?.position).toBe(5_011));
    expect(view.positionAt(0)).toBe(1);
    expect(view.rowIndexOf(7_000)).toBe(6_999);
    // The tail page first (read before the rows reach the head), then the two requested pages.
    expect(source.pageReads).toEqual([
      [9_501, 500],
      [4_501, 500],
      [5_001, 500],
    ]);
    stop();
  });

  it('when filtered, then matches are found chunk by chunk with progress, and equal what the filter selects', async () => {
    const source = new LogTestSource(manyEvents(1_000));
    const gate = manualYield();
    const view = new EventLogView(source, {
      scan: { chunkSize: 100, yieldToPage: gate.yieldToPage },
    });
    const stop = view.start();
    await waitFor(() => expect(view.state.head).toBe(1_000));
    view.setFilter({ typePattern: 'order.*' });
    await waitFor(() => expect(gate.pending).toBe(1));
    await flush();
    expect(view.state).toMatchObject({
      filtered: true,
      scanning: true,
      scanned: 100,
      rowCount: 10,
    });

    while (view.state.scanning) {
      gate.release();
      await flush();
    }
    const expected = filterEvents(await source.readAll(1, 1_000), { typePattern: 'order.*' });
    expect(view.state).toMatchObject({ scanned: 1_000, rowCount: expected.length });
    expect(Array.from({ length: expected.length }, (_, i) => view.positionAt(i))).toEqual(
      expected.map((event) => event.position),
    );
    stop();
  });

  it('when the head grows under a filter, then the scan goes on; when it drops, the view starts over', async () => {
    const source = new LogTestSource(manyEvents(200));
    const view = new EventLogView(source, { scan: { chunkSize: 1_000 } });
    const stop = view.start();
    view.setFilter({ text: '"n":1' });
    await waitFor(() => expect(view.state).toMatchObject({ scanned: 200, scanning: false }));
    const before = view.state.rowCount;
    source.add(manyEvents(20, 1_000));
    await waitFor(() => expect(view.state.scanned).toBe(220));
    expect(view.state.rowCount).toBe(before + 20);

    source.clear();
    await waitFor(() => expect(view.state).toMatchObject({ head: 0, rowCount: 0 }));
    stop();
  });

  it('when the filter names a correlation, then the flow is read from its index, not scanned', async () => {
    const source = new LogTestSource(manyEvents(2_000));
    const view = new EventLogView(source);
    const stop = view.start();
    await waitFor(() => expect(view.state.head).toBe(2_000));
    const scansBefore = source.reads.all;
    view.setFilter({ correlationId: 'c-7', typePattern: 'saga.#' });
    await waitFor(() => expect(view.state).toMatchObject({ rowCount: 50, scanning: false }));
    expect(source.reads.all).toBe(scansBefore);
    expect(view.eventAt(0)).toMatchObject({ correlationId: 'c-7', position: 8 });
    stop();
  });
});

describe('given a large stored log in the Event log tab', () => {
  it('when it opens, then only the visible rows are in the DOM and only their pages are read', async () => {
    useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
    const source = new LogTestSource(manyEvents(50_000));
    useEventfoldStore.getState().attachLogSource(source);
    render(<EventLogPanel />);
    await screen.findByText('50,000 events saved');
    const grid = screen.getByRole('grid', { name: 'Stored events' });
    expect(grid.getAttribute('aria-rowcount')).toBe('50001');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(80);
    // The tail page (read before the rows reach the head), then what is on screen.
    expect(source.pageReads[0]).toEqual([49_501, 500]);
    expect(source.reads.all).toBeLessThanOrEqual(3);
  });
});

describe('given an unfiltered view of a log that grows', () => {
  it('when the head moves, then the rows reach the new head only once its tail events are read', async () => {
    const { source, view, stop } = await openedView(1_000);
    const release = source.holdReads();
    source.add(manyEvents(200, 1_000));
    await waitFor(() => expect(view.state.head).toBe(1_200));
    // The new head is known, but its rows are not read yet: the rows stay where they were.
    expect(view.state.rowCount).toBe(1_000);
    release();
    await waitFor(() => expect(view.state.rowCount).toBe(1_200));
    expect(view.eventAt(1_199)?.position).toBe(1_200);
    stop();
  });
});
