// Envelopes for bus specs, built with the real factory so they look like what the kernel publishes.
import type { EventEnvelope } from '../../../src/core/messages/event';
import { MessageFactory } from '../../../src/core/messages/factory';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';

const factory = new MessageFactory(new ManualClock(0), new SequentialIds('evt'));

export function sampleEvent(type: string, data: unknown = {}): EventEnvelope {
  return factory.event(type, data, { source: 'test' });
}
