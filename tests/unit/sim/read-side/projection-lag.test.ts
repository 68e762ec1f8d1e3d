import { describe, expect, it } from 'vitest';
import { orderListProjection } from '../../../../src/core/projections/order-list-projection';
import { orderStatisticsProjection } from '../../../../src/core/projections/order-statistics-projection';
import type { Projection } from '../../../../src/core/projections/projection';
import type { Simulation } from '../../../../src/sim/engine/simulation';
import { eventsOfType, metricsOf, pipeline, projectionOf } from '../delivery/pipeline-scenario';

/** The read model rebuilt from scratch over the whole log, with the kernel projection. */
function rebuild<T>(sim: Simulation, projection: Projection<T>): T {
  let model = projection.initial();
  for (const event of sim.ctx.log.readAllSync()) {
    if (projection.canHandle(event.type)) model = projection.evolve(model, event);
  }
  return model;
}

const producer = { maxOrders: 100, ratePerSecond: 50 };

describe('given an order-list projection polling the store every 500 ms', () => {
  it('when orders flow, then lag is measurable; when they stop, it catches up to a rebuild', () => {
    const sim = pipeline({ producer, projection: { pollIntervalMs: 500 } });
    let worstPositions = 0;
    let worstMs = 0;
    for (let time = 100; time <= 2000; time += 100) {
      sim.runUntil(time);
      const { lagPositions = 0, lagMs = 0 } = metricsOf(sim, 'list').extra;
      worstPositions = Math.max(worstPositions, lagPositions);
      worstMs = Math.max(worstMs, lagMs);
    }
    expect(worstPositions).toBeGreaterThan(5);
    expect(worstMs).toBeGreaterThan(100);
    expect(worstMs).toBeLessThanOrEqual(500 + 20);

    sim.runUntil(10_000);
    const list = projectionOf(sim);
    expect(metricsOf(sim, 'list').extra).toMatchObject({ lagPositions: 0, lagMs: 0 });
    expect(list.checkpoint()).toBe(sim.ctx.log.headPositionSync());
    expect(list.readModel()).toEqual(rebuild(sim, orderListProjection));
    expect(metricsOf(sim, 'list').extra.applied).toBe(eventsOfType(sim, 'order.placed').length);
  });

  it('when it is down for 2 s, then its checkpoint stands still and it catches up after restart', () => {
    const sim = pipeline({ producer, projection: { pollIntervalMs: 500, batchSize: 10 } });
    sim.inject({ target: 'list', setting: 'down', value: true, atMs: 600, durationMs: 2000 });
    sim.runUntil(700);
    const frozen = projectionOf(sim).checkpoint();
    sim.runUntil(2500);

    expect(projectionOf(sim).checkpoint()).toBe(frozen);
    expect(metricsOf(sim, 'list').extra.lagPositions).toBeGreaterThan(50);
    sim.runUntil(2700);
    // Full batches are read back to back: 10 at a time, it is level within a few ms of restart.
    expect(metricsOf(sim, 'list').extra.lagPositions).toBe(0);
    expect(projectionOf(sim).readModel()).toEqual(rebuild(sim, orderListProjection));
  });
});

describe('given an order-statistics projection', () => {
  it('when it has caught up, then its model equals the statistics rebuilt from the log', () => {
    const sim = pipeline({
      producer,
      projection: { projection: 'order-statistics', pollIntervalMs: 200 },
    });
    sim.runUntil(10_000);

    expect(projectionOf(sim).readModel()).toEqual(rebuild(sim, orderStatisticsProjection));
    expect(metricsOf(sim, 'list').extra.lagPositions).toBe(0);
  });
});

describe('given a projection fed by the bus instead of the store', () => {
  it('when every partition has been delivered, then each order is applied once and lag is 0', () => {
    const sim = pipeline({
      producer,
      bus: { duplicateRate: 0.3, partitions: 4 },
      projection: { feed: 'bus' },
    });
    sim.runUntil(10_000);

    const placed = eventsOfType(sim, 'order.placed').length;
    expect(metricsOf(sim, 'bus').extra.duplicated).toBeGreaterThan(0);
    expect(metricsOf(sim, 'list').extra).toMatchObject({ applied: placed, lagPositions: 0 });
    expect(projectionOf(sim).readModel()).toEqual(rebuild(sim, orderListProjection));
  });

  it('when the bus is behind, then the checkpoint stops at the first order not yet applied', () => {
    const sim = pipeline({ producer, projection: { feed: 'bus' } });
    sim.inject({ target: 'list', setting: 'down', value: true, atMs: 1000, durationMs: 1000 });
    sim.runUntil(1500);

    const checkpoint = projectionOf(sim).checkpoint();
    const next = sim.ctx.log
      .readAllSync(checkpoint + 1)
      .find((event) => event.type === 'order.placed');
    expect(next).toBeDefined();
    expect(metricsOf(sim, 'list').extra.lagPositions).toBe(
      sim.ctx.log.headPositionSync() - checkpoint,
    );
    sim.runUntil(10_000);
    expect(projectionOf(sim).checkpoint()).toBe(sim.ctx.log.headPositionSync());
  });
});
