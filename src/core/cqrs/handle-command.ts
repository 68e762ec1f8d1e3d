import { ConcurrencyError } from '../errors/errors';
import type { EventStore } from '../store/event-store';
import {
  appendedOutcome,
  type CommandOutcome,
  type HandleCommandOptions,
  planCommand,
} from './command-step';
import type { DecidableCommand, DecidedEvent, Decider } from './decider';
import { DeciderRepository } from './decider-repository';
import { err, ok, type Result } from './result';

export type { CommandOutcome, HandleCommandOptions } from './command-step';

/**
 * Load -> decide -> append with the loaded version. A refusal comes back as `err(error)`; a
 * ConcurrencyError is retried up to `retriesOnConcurrency` times (deciding again on fresh state,
 * since the other writer may have changed the answer) and then returned as `err` too. Store
 * failures other than concurrency are thrown: they are faults, not decisions.
 */
export async function handleCommand<
  TCommand extends DecidableCommand,
  TEvent extends DecidedEvent,
  TState,
  TError,
>(
  decider: Decider<TCommand, TEvent, TState, TError>,
  store: EventStore,
  streamId: string,
  command: TCommand,
  options: HandleCommandOptions<TEvent>,
): Promise<Result<CommandOutcome, TError | ConcurrencyError>> {
  const repository = new DeciderRepository(decider, store, options.pageSize);
  const maxAttempts = 1 + (options.retriesOnConcurrency ?? 0);
  for (let attempt = 1; ; attempt += 1) {
    const loaded = await repository.load(streamId);
    const step = planCommand(decider, streamId, command, loaded, attempt, options);
    if (step.kind === 'refused') return err(step.error);
    if (step.kind === 'done') return ok(step.outcome);
    try {
      const result = await repository.save(streamId, step.envelopes, step.expectedVersion);
      return ok(appendedOutcome(streamId, result, attempt));
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (attempt >= maxAttempts) return err(error);
    }
  }
}
