import { describe, expect, it } from 'vitest';
import { initialPersistenceLifecycle } from '../../../src/state/persistence/persistence-lifecycle';
import {
  type Event,
  events,
  halted,
  type Lifecycle,
  lifecycle,
  loaded,
  retrying,
  saved,
  snapshot,
  storage,
  storageError,
  writing,
} from './persistence-lifecycle-fixtures';

// One spec per transition of the persistence lifecycle (start-persistence.ts drives it), read
// "given <state>, when <event>, then <what changes>"; the regions a row does not name must stay as
// they were. The decisions taken from the state are in persistence-lifecycle-queries.test.ts.

const { opened, failed, running, paused, retried, retrySettled } = events;
/** Open storage whose write failed while the run was running (the error paused it). */
const haltedWhileRunning = [opened, running, storageError('quota'), paused];
const retryingRun = [...haltedWhileRunning, retried];
const closed = { storage: { kind: 'closed', storage } } as const;

type Transition = [
  given: string,
  readonly Event[],
  when: string,
  Event,
  then: string,
  Partial<Lifecycle>,
];

describe('storage', () => {
  it.each<Transition>([
    [
      'storage being opened',
      [],
      'it opens',
      opened,
      'it is open, writing, and holds the storage',
      { storage: writing },
    ],
    [
      'storage being opened',
      [],
      'it cannot be opened',
      failed,
      'it is unavailable and loading is over with nothing found',
      { storage: { kind: 'unavailable' }, workspace: loaded({ kind: 'unavailable' }) },
    ],
    [
      'writing, the run running',
      [opened, running],
      'a write fails',
      storageError('quota'),
      'writing halts and Resume will run it on',
      { storage: halted(true) },
    ],
    [
      'writing, the run paused',
      [opened, paused],
      'a write fails',
      storageError('failed'),
      'writing halts and Resume will not run it',
      { storage: halted(false) },
    ],
    [
      'writing, before any snapshot',
      [opened],
      'a write fails',
      storageError('quota'),
      'writing halts with nothing to run on',
      { storage: halted(false) },
    ],
    [
      'writing',
      [opened, running],
      'another tab closes the database',
      storageError('closed'),
      'storage is closed for good and keeps its handle',
      closed,
    ],
    [
      'writing halted by an error that paused the run',
      haltedWhileRunning,
      'another write fails',
      storageError('failed'),
      'Resume will still run it on',
      { storage: halted(true) },
    ],
    [
      'writing halted by an error that paused the run',
      haltedWhileRunning,
      'Resume is pressed',
      retried,
      'the writes are retried, still to run it on',
      { storage: retrying(true) },
    ],
    [
      'writing halted by an error that paused the run',
      haltedWhileRunning,
      'another tab closes the database',
      storageError('closed'),
      'storage is closed for good',
      closed,
    ],
    [
      'writing halted while the run was paused',
      [opened, paused, storageError('quota')],
      'Resume is pressed',
      retried,
      'the writes are retried, with no run to resume',
      { storage: retrying(false) },
    ],
    [
      'a retry under way',
      retryingRun,
      'it settles without a new error',
      retrySettled,
      'writing goes on',
      { storage: writing },
    ],
    [
      'a retry under way',
      retryingRun,
      'a write fails again',
      storageError('quota'),
      'writing is halted again',
      { storage: halted(true) },
    ],
    // As start-persistence behaved before the machine: the resume is spent on the failed retry.
    [
      'a retry during which a write failed again',
      [...retryingRun, storageError('quota')],
      'the retry settles',
      retrySettled,
      'writing stays halted and the next Resume no longer runs the run on',
      { storage: halted(false) },
    ],
  ])('given %s, when %s, then %s', (_given, history, _when, event, _then, expected) => {
    lifecycle.given(history).when(event).then(expected);
  });
});

describe('the saved workspace, the restore and the engine', () => {
  const restoring = [opened, events.found, events.restoring];
  const next = snapshot(false, 2);
  it.each<Transition>([
    [
      'the saved workspace being read',
      [opened],
      'a workspace is found',
      events.found,
      'it is loaded as saved, to be put back',
      { workspace: loaded({ kind: 'saved', workspace: saved }) },
    ],
    [
      'the saved workspace being read',
      [opened],
      'none is found',
      events.none,
      'it is missing (the browser may have lost it)',
      { workspace: loaded({ kind: 'missing' }) },
    ],
    [
      'the saved workspace being read',
      [opened],
      'the store ignores what it holds',
      events.ignored,
      'loading goes on, noting it',
      { workspace: { kind: 'loading', ignored: true } },
    ],
    [
      'the saved workspace being read',
      [opened],
      'reading fails',
      events.unreadable,
      'it is loaded as unreadable',
      { workspace: loaded({ kind: 'unreadable' }) },
    ],
    [
      'a stored workspace the store ignored',
      [opened, events.ignored],
      'reading ends with none',
      events.none,
      'it is loaded as ignored, not missing',
      { workspace: loaded({ kind: 'ignored' }) },
    ],
    [
      'no restore asked for yet (storage may still be opening)',
      [],
      'the bootstrap asks for it',
      events.restoring,
      'it is restoring',
      { restore: { kind: 'restoring' } },
    ],
    [
      'a restore under way',
      restoring,
      'it puts the workspace back',
      events.putBack,
      'it is settled, put back',
      { restore: { kind: 'settled', putBack: true } },
    ],
    [
      'a restore under way',
      restoring,
      'nothing could be put back',
      events.nothingPutBack,
      'it is settled, nothing put back',
      { restore: { kind: 'settled', putBack: false } },
    ],
    [
      'a running run',
      [running],
      'a snapshot comes',
      { type: 'snapshotSeen', snapshot: next },
      'it is the latest (what the next save captures)',
      { latest: next },
    ],
  ])('given %s, when %s, then %s', (_given, history, _when, event, _then, expected) => {
    lifecycle.given(history).when(event).then(expected);
  });
});

describe('events that mean nothing in a state', () => {
  it.each<[given: string, readonly Event[], when: string, Event]>([
    ['storage being opened', [], 'a storage error is reported', storageError('failed')],
    ['storage that could not be opened', [failed], 'an open is reported after all', opened],
    ['storage that could not be opened', [failed], 'a failure is reported again', failed],
    ['writing', [opened], 'Resume is pressed', retried],
    ['writing', [opened], 'a retry settles', retrySettled],
    ['a retry under way', retryingRun, 'Resume is pressed again', retried],
    [
      'storage closed by another tab',
      [opened, storageError('closed')],
      'another error is reported',
      storageError('quota'),
    ],
    [
      'storage closed by another tab',
      [opened, storageError('closed')],
      'Resume is asked for',
      retried,
    ],
    [
      'the saved workspace read',
      [opened, events.none],
      'the store reports an ignored one',
      events.ignored,
    ],
    [
      'the saved workspace read',
      [opened, events.none],
      'a second reading is reported',
      events.found,
    ],
    [
      'the saved workspace read',
      [opened, events.found],
      'a failed reading is reported',
      events.unreadable,
    ],
  ])('given %s, when %s, then the very same state stays', (_given, history, _when, event) => {
    lifecycle.given(history).when(event).thenUnchanged();
  });
});

describe('the initial state', () => {
  it('is opening, loading, with no restore asked and no snapshot seen', () => {
    expect(initialPersistenceLifecycle()).toEqual({
      storage: { kind: 'opening' },
      workspace: { kind: 'loading', ignored: false },
      restore: { kind: 'not-asked' },
      latest: null,
    });
  });
});
