import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderCommand } from '../../src/core/order/order-commands';
import type { OrderStatus } from '../../src/core/order/order-state';
import { timedCommandsArbitrary } from '../support/order-command-arbitrary';
import { orderHarness } from '../support/order-harness';

// Fixed seed and run count: a failure replays exactly; fast-check's message also prints the
// seed and the shrunk counterexample path.
const seed = 424_242;
const numRuns = 150;

type Known = OrderStatus | 'none';

/**
 * An independent reference for the lifecycle: the status a command leads to, or null if refused.
 * A lifecycle command on the status it leads to is an idempotent repeat: accepted, unchanged.
 */
function reference(status: Known, command: OrderCommand): Known | null {
  switch (command.type) {
    case 'PlaceOrder': {
      const valid =
        command.data.items.length > 0 &&
        command.data.items.every((line) => line.quantity > 0 && line.unitPrice >= 0);
      return status === 'none' && valid ? 'pending' : null;
    }
    case 'ConfirmOrder':
      return status === 'pending' || status === 'confirmed' ? 'confirmed' : null;
    case 'ShipOrder':
      return status === 'confirmed' || status === 'shipped' ? 'shipped' : null;
    case 'DeliverOrder':
      return status === 'shipped' || status === 'delivered' ? 'delivered' : null;
    case 'CancelOrder':
      return status === 'pending' || status === 'confirmed' || status === 'cancelled'
        ? 'cancelled'
        : null;
  }
}

describe('given random command sequences over several orders', () => {
  it(`when handled, then accept/repeat/refuse matches the reference lifecycle and the log is gap-free (seed ${seed})`, async () => {
    await fc.assert(
      fc.asyncProperty(timedCommandsArbitrary, async (steps) => {
        const { store, clock, send } = orderHarness();
        const statuses = new Map<string, Known>();
        let accepted = 0;
        for (const { command, advanceMs } of steps) {
          clock.advanceBy(advanceMs);
          const before = statuses.get(command.data.orderId) ?? 'none';
          const expected = reference(before, command);
          const result = send(command);
          expect(result.ok).toBe(expected !== null);
          if (result.ok && expected !== null) {
            statuses.set(command.data.orderId, expected);
            // A repeat records nothing; every other accepted command records one event.
            expect(result.value.events).toHaveLength(expected === before ? 0 : 1);
            accepted += result.value.events.length;
          }
        }

        // (b) positions are 1..N with no gap; each stream's versions are 1..n in order.
        const log = await store.readAll();
        expect(log.map((event) => event.position)).toEqual(log.map((_, index) => index + 1));
        expect(log).toHaveLength(accepted);
        const versions = new Map<string, number[]>();
        for (const event of log) {
          versions.set(event.streamId, [
            ...(versions.get(event.streamId) ?? []),
            event.streamVersion,
          ]);
        }
        for (const [streamId, seen] of versions) {
          expect(seen, streamId).toEqual(seen.map((_, index) => index + 1));
          expect(await store.streamVersion(streamId)).toBe(seen.length);
        }
      }),
      { seed, numRuns },
    );
  });
});
