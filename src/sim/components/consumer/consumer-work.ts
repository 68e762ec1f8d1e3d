import type { Delivery } from '../../engine/sim-component';

/** One delivery a consumer is working on, across its attempts: what the kernel's retry carries. */
export interface ConsumerWork {
  /** The event's id: the kernel's retries, dead letters and processed ids are keyed by it. */
  readonly id: string;
  readonly delivery: Delivery;
  readonly receivedAt: number;
  /** The crash generation it belongs to: a crash abandons it. */
  readonly epoch: number;
  /** The attempt running now (1-based), for the failure's reason. */
  attempt: number;
}
