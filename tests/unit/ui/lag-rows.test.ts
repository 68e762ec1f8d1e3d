import { describe, expect, it } from 'vitest';
import { OperationsSeries } from '../../../src/sim/analysis/chart-series';
import { lagRows, lagSubscribers, subscriberLagKey } from '../../../src/ui/charts/operations-rows';
import { busMetrics, subscriberLag } from '../../support/bus-metrics';

const lagOf = (subscriber: string, lag: number) => subscriberLag(subscriber, { lag });
const bus = busMetrics;

describe('given a bus whose subscribers lag differently', () => {
  it('when the lag chart’s rows are built, then each subscriber has its series beside the bus total', () => {
    const series = new OperationsSeries();
    series.record({
      time: 1000,
      components: [bus('bus', [lagOf('saga', 0), lagOf('shipping', 40)])],
    });
    series.record({
      time: 2000,
      components: [
        bus('bus', [lagOf('saga', 1), lagOf('shipping', 90), lagOf('analytics', 3)]),
        // A second bus the saga also reads: its lag is the sum of both.
        bus('bus-2', [lagOf('saga', 5)]),
      ],
    });
    const points = series.points();
    expect(lagSubscribers(points)).toEqual(['saga', 'shipping', 'analytics']);
    const rows = lagRows(points);
    expect(rows.map((row) => row.consumerLag)).toEqual([40, 99]);
    expect(rows.map((row) => row[subscriberLagKey('shipping')])).toEqual([40, 90]);
    expect(rows.map((row) => row[subscriberLagKey('saga')])).toEqual([0, 6]);
    // Not subscribed yet at the first point: no value rather than a made-up 0.
    expect(rows.map((row) => row[subscriberLagKey('analytics')])).toEqual([null, 3]);
    // The existing series keep their names (charts rebuilt from the log read them).
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining(['time', 'consumerLag', 'projectionLagPositions', 'projectionLagMs']),
    );
  });
});
