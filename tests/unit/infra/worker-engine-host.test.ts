import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineEndpoint } from '../../../src/infra/worker/engine-endpoint';
import { WorkerEngineHost } from '../../../src/infra/worker/worker-engine-host';
import type { HostSnapshot, Ticker } from '../../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../../src/sim/host/inline-engine-host';
import { scenarioFor } from '../../support/sim-arbitrary';

/** A ticker the test advances by hand, standing in for the worker's timers. */
function manualTicker() {
  let pending: ((wallMs: number) => void) | null = null;
  let wall = 0;
  const ticker: Ticker = {
    requestTick(callback) {
      pending = callback;
      return () => {
        pending = null;
      };
    },
  };
  return {
    ticker,
    tick(elapsedMs: number) {
      wall += elapsedMs;
      const callback = pending;
      pending = null;
      callback?.(wall);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('given the engine behind a message channel (as in the Web Worker)', () => {
  const channels: MessageChannel[] = [];
  afterEach(() => {
    for (const channel of channels.splice(0)) {
      channel.port1.close();
      channel.port2.close();
    }
  });

  function connect() {
    const channel = new MessageChannel();
    channels.push(channel);
    const clock = manualTicker();
    const inline = new InlineEngineHost(clock.ticker);
    Comlink.expose(createEngineEndpoint(inline), channel.port1);
    const host = new WorkerEngineHost(channel.port2);
    const snapshots: HostSnapshot[] = [];
    host.subscribe((snapshot) => snapshots.push(snapshot));
    return { host, clock, snapshots };
  }

  it('when loaded, run and ticked, then snapshots with the run come back across the channel', async () => {
    const { host, clock, snapshots } = connect();
    host.load(scenarioFor({ ...baseVariant }));
    host.setSpeed(10);
    host.run();
    await settle();
    for (let frame = 0; frame < 30; frame += 1) {
      clock.tick(100);
      await settle();
    }
    const last = snapshots.at(-1);
    expect(last?.status).toBe('running');
    expect(last?.time).toBeGreaterThan(1000);
    expect(last?.events).toBeGreaterThan(10);
    expect(last?.components.map((component) => component.id)).toContain('saga');
    host.dispose();
  });

  it('when a command fails on the far side, then the error arrives in a snapshot, not as a throw', async () => {
    const { host, clock, snapshots } = connect();
    host.load(scenarioFor({ ...baseVariant }));
    host.injectFault({ target: 'no-such-component', setting: 'down', value: true });
    await settle();
    clock.tick(16);
    await settle();
    expect(snapshots.at(-1)?.error).toMatch(/no-such-component/);
    host.dispose();
  });
});

const baseVariant = {
  seed: 7,
  partitions: 2,
  delivery: 'at-least-once' as const,
  duplicateRate: 0,
  dropRate: 0,
  consumerIdempotent: true,
  consumerInstances: 1,
  consumerFailureRate: 0,
  paymentFailureRate: 0,
  inventoryFailureRate: 0,
  crash: null,
  orders: 30,
};
