import type { EventEnvelope } from '../../core/messages/event';
import type { AppendResult, ExpectedVersion } from '../../core/store/event-store';

/** One caller's append waiting in the group-commit queue; settled after its group commits. */
export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly EventEnvelope[];
  readonly expectedVersion: ExpectedVersion;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** How one request ends once its group's transaction has committed. */
export type AppendOutcome =
  | { readonly ok: true; readonly result: AppendResult }
  | { readonly ok: false; readonly error: unknown };
