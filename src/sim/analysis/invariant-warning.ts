/** What an invariant check found. */
export type InvariantKind = 'duplicate-applied' | 'compensation-without-forward' | 'order-violated';

/** A warning for the log and the canvas: what broke, which events show it, where it happened. */
export interface InvariantWarning {
  readonly kind: InvariantKind;
  readonly message: string;
  /** The events that show it, the one that revealed it first. */
  readonly eventIds: readonly string[];
  /** Components to highlight on the canvas. */
  readonly componentIds: readonly string[];
  /** Position and virtual time of the event that revealed it. */
  readonly position: number;
  readonly time: number;
}
