import { MessageFactory } from '../../src/core/messages/factory';
import {
  handleOrderCommandSync,
  type OrderCommandEnvelope,
} from '../../src/core/order/order-command-handlers';
import type { OrderCommand } from '../../src/core/order/order-commands';
import { InMemoryEventStore } from '../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../src/core/time/clock';
import { SequentialIds } from '../../src/core/time/ids';

/** An order service over a fresh in-memory store with a manual clock: for property tests. */
export function orderHarness() {
  const store = new InMemoryEventStore();
  const clock = new ManualClock();
  const messages = new MessageFactory(clock, new SequentialIds());
  const options = { messages, source: 'order-service' };
  return {
    store,
    clock,
    /** Wraps `command` in an envelope at the current virtual time and handles it. */
    send: (command: OrderCommand) => {
      const envelope = messages.command(command.type, command.data, { source: 'test' });
      return handleOrderCommandSync(envelope as OrderCommandEnvelope, store, options);
    },
  };
}
