// @vitest-environment jsdom
import '../setup/component.setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HostQueryAnswer, HostQueryRequest } from '../../src/sim/host/query-request';
import { useEventfoldStore } from '../../src/state/store';
import { QueriesPanel } from '../../src/ui/queries/QueriesPanel';
import { metrics } from './charts-harness';
import { fakeEngine, freshStore } from './inspector-harness';

const order = {
  orderId: 'o-7',
  userId: 'u-2',
  status: 'confirmed' as const,
  total: 4250,
  lineCount: 2,
  unitCount: 3,
  trackingNumber: null,
  cancelReason: null,
  placedAt: 1200,
  updatedAt: 1900,
  placedPosition: 40,
};

/** An answer to `request` from the order list at `position` of a 120-event log. */
function answer(request: HostQueryRequest, position: number): HostQueryAnswer {
  return {
    requestId: request.requestId,
    query: request.query,
    result: { kind: 'order', order: position >= 100 ? order : null },
    projectionId: 'order-list',
    position,
    head: 120,
    lagPositions: 120 - position,
    minPosition: 100,
    stale: position < 100,
    waitedMs: 0,
    note: null,
    error: null,
  };
}

/** The Queries tab over a store with a fake engine that answers when the test says. */
function renderQueries() {
  const { engine, emit } = fakeEngine();
  const query = vi.fn<(request: HostQueryRequest) => void>();
  const [queryApi] = freshStore(['query-api'], { ...engine, query });
  useEventfoldStore.setState({
    metricsById: { [queryApi as string]: metrics(queryApi as string, 9, { staleReads: 7 }) },
  });
  render(<QueriesPanel />);
  const lastRequest = () => query.mock.calls.at(-1)?.[0] as HostQueryRequest;
  const reply = (position: number) =>
    act(() => emit({ queryAnswer: answer(lastRequest(), position) }));
  return { query, lastRequest, reply };
}

const figure = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('given the Queries tab and an engine that answers GetOrder', () => {
  it('when the first answer is stale and the second fresh, then each is labelled and the stale count is 1 of 2', async () => {
    const user = userEvent.setup();
    const { query, lastRequest, reply } = renderQueries();
    expect(figure('Query API stale reads')).toBe('7');

    await user.type(screen.getByLabelText('Order id'), 'o-7');
    await user.click(screen.getByRole('button', { name: 'Get order' }));
    expect(lastRequest()).toMatchObject({
      query: 'GetOrder',
      params: { orderId: 'o-7' },
      readYourWrites: false,
    });
    expect(screen.getByText(/waiting for the projection/)).toBeTruthy();

    reply(80);
    const stale = screen.getByRole('region', { name: 'Query answer' });
    expect(within(stale).getByText('Stale')).toBeTruthy();
    expect(stale.textContent).toContain('at position 80 of 120');
    expect(stale.textContent).toContain('lag 40');
    expect(stale.textContent).toContain('needs position 100');
    expect(stale.textContent).toContain('The projection does not know this order (yet).');
    expect(figure('Stale reads (your queries)')).toBe('1 of 1');

    await user.click(screen.getByLabelText('Read your writes'));
    await user.click(screen.getByRole('button', { name: 'Get order' }));
    expect(lastRequest()).toMatchObject({ readYourWrites: true });
    reply(110);
    const fresh = screen.getByRole('region', { name: 'Query answer' });
    expect(within(fresh).getByText('Fresh')).toBeTruthy();
    expect(within(fresh).getByRole('cell', { name: 'confirmed' })).toBeTruthy();
    expect(within(fresh).getByRole('cell', { name: '$42.50' })).toBeTruthy();
    expect(figure('Stale reads (your queries)')).toBe('1 of 2');
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('when an answer for another request (or a repeat) arrives, then nothing is counted twice', async () => {
    const user = userEvent.setup();
    const { reply } = renderQueries();
    await user.click(screen.getByRole('button', { name: 'Pending orders' }));

    reply(50);
    reply(50);

    expect(figure('Stale reads (your queries)')).toBe('1 of 1');
  });

  it('when a payload holds markup, then it is shown as text, never as HTML', async () => {
    const user = userEvent.setup();
    const { lastRequest } = renderQueries();
    await user.type(screen.getByLabelText('Order id'), 'o-7');
    await user.click(screen.getByRole('button', { name: 'Get order' }));

    const hostile = { ...order, userId: '<img src=x onerror=alert(1)>' };
    act(() =>
      useEventfoldStore.getState().receiveQueryAnswer({
        ...answer(lastRequest(), 110),
        result: { kind: 'order', order: hostile },
      }),
    );

    expect(screen.getByRole('cell', { name: hostile.userId })).toBeTruthy();
    expect(document.querySelector('.query-answer img')).toBeNull();
  });
});
