import type { SliceCreator } from '../eventfold-state';
import { DeadLettersModel } from './dead-letters-model';

/** The Dead Letter Queues' contents, fed by the LogFollower; the object never changes. */
export interface DeadLettersSlice {
  deadLetters: DeadLettersModel;
}

export const createDeadLettersSlice: SliceCreator<DeadLettersSlice> = () => ({
  deadLetters: new DeadLettersModel(),
});
