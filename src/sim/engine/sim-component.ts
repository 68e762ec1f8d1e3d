import type { Command } from '../../core/messages/command';
import type { StoredEvent } from '../../core/messages/event';
import type { FaultState } from '../faults/fault-state';
import type { CapacityMeter } from '../metrics/capacity-meter';
import type { ComponentMetrics, ComponentMetricsSnapshot } from '../metrics/component-metrics';
import type { ComponentKind } from '../scenario/component-kinds';

/** How a delivery ended, as the subscriber reports it to its bus subscription. */
export type DeliveryOutcome = 'handled' | 'dead-lettered' | 'skipped';

/** One event handed by a bus to a subscriber (a consumer group). */
export interface Delivery {
  readonly event: StoredEvent;
  readonly busId: string;
  readonly partition: number;
  readonly offset: number;
  /** How many times this offset has been handed to the group (2+ = redelivery). */
  readonly deliveryCount: number;
  /** Set when a dead-letter queue redrives it, so it can be told apart from a first delivery. */
  readonly redriven: boolean;
  /** Call exactly once when done; calls after a crash are ignored by the bus. */
  readonly done: (outcome: DeliveryOutcome) => void;
}

/** A component placed on the canvas, running inside the simulation. */
export interface SimComponent {
  readonly id: string;
  readonly kind: ComponentKind;
  readonly name: string;
  readonly faults: FaultState;
  readonly metrics: ComponentMetrics;
  /** Measures it as a queue (arrivals, services, time in system) where it is one. */
  readonly capacity?: CapacityMeter;
  /** Schedules the component's own work (producer ticks, projection polls) at start. */
  start(): void;
  /** A command sent straight to this component over a `commands` connection. */
  receiveCommand?(command: Command, from: string): void;
  /** An event a bus subscription (or a direct `events` connection) hands to this component. */
  deliver?(delivery: Delivery): void;
  /** Applies configuration edits live; returns the settings that only apply after a reset. */
  reconfigure?(config: Record<string, unknown>): string[];
  /** Which event types it wants from a bus; others are skipped (and committed) unseen. */
  accepts?(type: string): boolean;
  /** Snapshot of metrics plus kind-specific figures. */
  snapshot(): ComponentMetricsSnapshot;
}
