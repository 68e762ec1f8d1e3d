/** One application of an event by a consumer, recorded only while a trace is switched on. */
export interface AppliedRecord {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: number;
  readonly partitionKey: string;
  /** Where the bus handed it out (-1 for a redrive or a direct connection). */
  readonly partition: number;
  readonly offset: number;
  /** Virtual time the handler applied it. */
  readonly time: number;
  /** True when the event had been applied before (a non-idempotent consumer's duplicate). */
  readonly repeat: boolean;
}
