// @vitest-environment jsdom
import '../setup/component.setup';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostQueryAnswer } from '../../src/sim/host/query-request';
import type { QueryEntry } from '../../src/state/queries/query-entry';
import { formatDuration } from '../../src/ui/charts/format';
import { QueryAnswerView } from '../../src/ui/queries/QueryAnswerView';

/** A read-your-writes GetOrder answered after waiting `waitedMs` of virtual time. */
function entry(waitedMs: number): QueryEntry {
  const answer: HostQueryAnswer = {
    requestId: 'q-1',
    query: 'GetOrder',
    result: { kind: 'order', order: null },
    projectionId: 'order-list',
    position: 120,
    head: 120,
    lagPositions: 0,
    minPosition: 100,
    stale: false,
    waitedMs,
    note: null,
    error: null,
  };
  return {
    requestId: 'q-1',
    query: 'GetOrder',
    params: { orderId: 'o-7' },
    readYourWrites: true,
    answer,
  };
}

describe('given a read-your-writes query that waited a fraction of a millisecond over 65', () => {
  it('when its answer is shown, then the wait reads "waited 66 ms", not the raw float', () => {
    render(<QueryAnswerView entry={entry(65.79999999981374)} />);
    expect(screen.getByText(/^waited /).textContent).toBe('waited 66 ms');
  });

  it('when it waited more than a second, then the wait is in seconds', () => {
    render(<QueryAnswerView entry={entry(1530.0000000002)} />);
    expect(screen.getByText(/^waited /).textContent).toBe('waited 1.5 s');
  });
});

describe('given durations in milliseconds', () => {
  it('when formatted, then under a second is whole ms and from a second on is seconds', () => {
    expect([0, 0.4, 65.79999999981374, 999.4, 999.6, 1000, 12_345.6].map(formatDuration)).toEqual([
      '0 ms',
      '0 ms',
      '66 ms',
      '999 ms',
      '1 s',
      '1 s',
      '12.3 s',
    ]);
  });
});
