import type { Command } from '../../core/messages/command';
import { copyRecord } from '../../core/messages/copy-record';
import type { EventEnvelope, StoredEvent } from '../../core/messages/event';
import { type Cause, MessageFactory } from '../../core/messages/factory';
import type { AppendResult, ExpectedVersion } from '../../core/store/event-store';
import { InMemoryEventStore } from '../../core/store/in-memory-event-store';
import { SequentialIds } from '../../core/time/ids';
import type { Random } from '../random/random';
import type { ConnectionFlow } from '../scenario/connection-rules';
import type { SimScheduler } from '../scheduler/scheduler';
import type { SimComponent } from './sim-component';

/** Virtual network hop between components, in ms. */
export const NETWORK_DELAY_MS = 1;

interface Route {
  readonly target: string;
  readonly flow: ConnectionFlow;
}

/** A component that forwards what it is given: buses (publish) and event stores (relay). */
export interface EventSink {
  accept(events: readonly StoredEvent[], from: SimComponent): void;
}

/**
 * What components share: virtual time, the seeded random, message ids, the log (every event of
 * the run, in one in-memory event store), and the wiring. Routing follows the canvas connections.
 */
export class SimContext {
  readonly factory: MessageFactory;
  readonly log = new InMemoryEventStore();
  private readonly components = new Map<string, SimComponent>();
  private readonly sinks = new Map<string, EventSink>();
  private readonly routes = new Map<string, Route[]>();

  constructor(
    readonly scheduler: SimScheduler,
    readonly random: Random,
  ) {
    this.factory = new MessageFactory(scheduler.clock, new SequentialIds('evt'));
  }

  register(component: SimComponent, sink?: EventSink): void {
    this.components.set(component.id, component);
    if (sink) this.sinks.set(component.id, sink);
  }

  connect(source: string, target: string, flow: ConnectionFlow): void {
    const list = this.routes.get(source) ?? [];
    list.push({ target, flow });
    this.routes.set(source, list);
  }

  /** The sink (bus or store relay) registered under `id`, if that component is one. */
  sink(id: string): EventSink | undefined {
    return this.sinks.get(id);
  }

  component(id: string): SimComponent | undefined {
    return this.components.get(id);
  }

  allComponents(): SimComponent[] {
    return [...this.components.values()];
  }

  /** Components `source` connects to, optionally only over one flow. */
  targets(source: string, flow?: ConnectionFlow): SimComponent[] {
    const found: SimComponent[] = [];
    for (const route of this.routes.get(source) ?? []) {
      if (flow && route.flow !== flow) continue;
      const component = this.components.get(route.target);
      if (component) found.push(component);
    }
    return found;
  }

  /** Components connecting to `target`, optionally only over one flow. */
  sources(target: string, flow?: ConnectionFlow): SimComponent[] {
    const found: SimComponent[] = [];
    for (const [source, routes] of this.routes) {
      if (routes.some((route) => route.target === target && (!flow || route.flow === flow))) {
        const component = this.components.get(source);
        if (component) found.push(component);
      }
    }
    return found;
  }

  /**
   * Appends events to the log (with an expected version) and routes them on: to every event
   * store `from` appends to (which relays to its buses and projections) and to every bus or
   * subscriber `from` publishes to directly. Returns the log's AppendResult and throws
   * ConcurrencyError like any event store (src/sim/engine/component-event-store.ts relies on it).
   */
  emit(
    from: SimComponent,
    streamId: string,
    events: readonly EventEnvelope[],
    expectedVersion: ExpectedVersion = 'any',
  ): AppendResult {
    const result = this.log.appendSync(streamId, events, { expectedVersion });
    const { appended } = result;
    if (appended.length === 0) return result;
    for (const route of this.routes.get(from.id) ?? []) {
      if (route.flow !== 'appends' && route.flow !== 'events') continue;
      const sink = this.sinks.get(route.target);
      if (sink) sink.accept(appended, from);
      else this.deliverDirect(route.target, appended);
    }
    return result;
  }

  /** Records a system event (start, crash, restart, failure) in the component's own stream. */
  system(from: SimComponent, type: string, data: Record<string, unknown>, cause?: Cause): void {
    const event = this.factory.event(
      type,
      copyRecord<Record<string, unknown>>({ componentId: from.id }, data),
      {
        source: from.id,
        ...(cause ? { cause } : {}),
      },
    );
    this.log.appendSync(`system-${from.id}`, [event]);
  }

  /** Sends a command to a component after the network hop; a down component never sees it. */
  send(from: SimComponent, target: SimComponent, command: Command, delayMs = 0): void {
    this.scheduler.schedule(
      delayMs + NETWORK_DELAY_MS,
      () => {
        if (target.faults.down) {
          target.metrics.count('refusedWhileDown');
          return;
        }
        target.receiveCommand?.(command, from.id);
      },
      'command',
    );
  }

  /** Hands events straight to a subscriber connected without a bus (no offsets, no retries). */
  private deliverDirect(targetId: string, events: readonly StoredEvent[]): void {
    const target = this.components.get(targetId);
    if (!target?.deliver) return;
    for (const event of events) {
      this.scheduler.schedule(NETWORK_DELAY_MS, () => {
        if (target.faults.down) return;
        target.deliver?.({
          event,
          busId: '',
          partition: 0,
          offset: 0,
          deliveryCount: 1,
          redriven: false,
          done: () => {},
        });
      });
    }
  }
}
