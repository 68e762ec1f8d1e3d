import type { StoredEvent } from '../../core/messages/event';
import type { EventSink, SimContext } from '../engine/sim-context';
import type { ComponentConfigs } from '../scenario/component-kinds';
import type { ScenarioComponent } from '../scenario/scenario-schema';
import { BaseComponent } from './base-component';

type StoreDefinition = Extract<ScenarioComponent, { kind: 'event-store' }>;

/**
 * The Event Store on the canvas. The log itself is the run's in-memory event store (every event
 * lands there); this component is its outbox relay: what writers append through it is published,
 * after the append latency, to the buses it connects to. Projections connected to it pull from
 * the log with their own checkpoints.
 */
export class EventStoreComponent extends BaseComponent implements EventSink {
  private readonly config: ComponentConfigs['event-store'];
  private readonly waiting: StoredEvent[] = [];
  private lastRelayAt = 0;

  constructor(ctx: SimContext, definition: StoreDefinition) {
    super(ctx, definition);
    this.config = definition.config;
  }

  accept(events: readonly StoredEvent[]): void {
    this.metrics.received += events.length;
    if (this.faults.down) {
      // The append happened (the log is the source of truth); the relay catches up on restart.
      this.waiting.push(...events);
      this.metrics.queueDepth = this.waiting.length;
      return;
    }
    this.relay(events);
  }

  protected override onRestart(): void {
    const waiting = this.waiting.splice(0);
    this.metrics.queueDepth = 0;
    if (waiting.length > 0) this.relay(waiting);
  }

  private relay(events: readonly StoredEvent[]): void {
    const delay = this.drawLatency(this.config.appendLatency);
    this.metrics.latency.record(delay);
    // The relay publishes in log order: a batch never overtakes the one appended before it.
    const at = Math.max(this.ctx.scheduler.now() + delay, this.lastRelayAt);
    this.lastRelayAt = at;
    this.ctx.scheduler.at(
      at,
      () => {
        this.metrics.handled += events.length;
        for (const target of this.ctx.targets(this.id, 'events')) {
          this.ctx.sink(target.id)?.accept(events, this);
        }
      },
      'store relay',
    );
  }
}
