import { describe, expect, it } from 'vitest';
import { MessageFactory } from '../../../src/core/messages/factory';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';

function aFactory(): MessageFactory {
  return new MessageFactory(new ManualClock(5), new SequentialIds());
}

describe('given a message factory', () => {
  it('when the metadata passed in is a mutable object, then the event keeps a frozen copy the caller cannot change', () => {
    const metadata: Record<string, string> = { partitionKey: 'o-1' };
    const event = aFactory().event('order.placed', {}, { source: 'api', metadata });
    metadata.partitionKey = 'changed';
    expect(event.metadata).toEqual({ partitionKey: 'o-1' });
    expect(event.metadata).not.toBe(metadata);
    expect(Object.isFrozen(event.metadata)).toBe(true);
  });

  it('when a command passes its frozen metadata on to the event it causes, then both share it unchanged', () => {
    const factory = aFactory();
    const command = factory.command(
      'ShipOrder',
      {},
      { source: 'saga', metadata: { partitionKey: 'o-2' } },
    );
    const event = factory.event(
      'order.shipped',
      {},
      { source: 'orders', cause: command, metadata: command.metadata },
    );
    expect(event.metadata).toBe(command.metadata);
    expect(event.metadata).toEqual({ partitionKey: 'o-2' });
    expect(event.causationId).toBe(command.id);
  });

  it('when no metadata is given, then the event carries a frozen empty record', () => {
    const event = aFactory().event('order.placed', {}, { source: 'api' });
    expect(event.metadata).toEqual({});
    expect(Object.isFrozen(event.metadata)).toBe(true);
  });
});
