import type { SubscriberLag } from '../../metrics/subscriber-lag';
import { WindowedRates } from '../../metrics/windowed-rates';
import type { ConsumerGroup } from './consumer-group';

/** Reads one consumer group's lag and rates; the rates are over the virtual times it was read. */
export class SubscriberLagMeter {
  private readonly rates = new WindowedRates(4);

  constructor(private readonly group: ConsumerGroup) {}

  read(now: number): SubscriberLag {
    const { group } = this;
    const head = group.headOffset();
    const committed = group.committedOffset();
    const [rateIn = 0, rateOut = 0, acceptedRate = 0, handledRate = 0] = this.rates.observe(now, [
      head,
      committed,
      group.accepted,
      group.finishedDeliveries,
    ]);
    return {
      subscriber: group.subscriber.id,
      instances: group.instances,
      head,
      committed,
      lag: group.lagMessages(),
      lagMs: group.lagMs(),
      inFlight: group.inFlight(),
      rateIn,
      rateOut,
      acceptedRate,
      handledRate,
    };
  }
}
