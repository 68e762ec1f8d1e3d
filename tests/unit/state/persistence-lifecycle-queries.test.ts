import { describe, expect, it } from 'vitest';
import {
  canSave,
  runResumesAfterRetry,
  savedWorkspaceOf,
  savesAtOnce,
  savingStopped,
  storageOf,
  workspaceMissing,
} from '../../../src/state/persistence/persistence-lifecycle-queries';
import {
  type Event,
  events,
  lifecycle,
  saved,
  snapshot,
  storage,
  storageError,
} from './persistence-lifecycle-fixtures';

// The decisions start-persistence takes from the lifecycle, each from the states that matter.

const stateAfter = (history: readonly Event[]) => lifecycle.given(history).state;

const { opened, found, none, restoring, putBack, nothingPutBack, running, paused } = events;

describe('canSave: the workspace is saved only once the saved one was read and put back', () => {
  it.each<[string, readonly Event[], boolean]>([
    ['while storage is opening', [running], false],
    ['when storage could not be opened', [events.failed, running], false],
    ['while the saved workspace is being read', [opened, running], false],
    [
      'while the restore is under way, even with a snapshot',
      [opened, found, restoring, running],
      false,
    ],
    ['once a saved workspace was put back', [opened, found, restoring, putBack], true],
    [
      'when nothing was put back and nothing opened since',
      [opened, none, restoring, nothingPutBack],
      false,
    ],
    [
      'when nothing was put back and then the example opened',
      [opened, none, restoring, nothingPutBack, paused],
      true,
    ],
    ['without any restore asked, once something opened', [opened, none, paused], true],
    [
      'while writing is halted by a full quota',
      [opened, found, restoring, putBack, storageError('quota')],
      true,
    ],
    [
      'once another tab closed the database',
      [opened, found, restoring, putBack, storageError('closed')],
      false,
    ],
  ])('%s', (_label, history, expected) => {
    expect(canSave(stateAfter(history))).toBe(expected);
  });
});

describe('savesAtOnce: a snapshot is saved at once when a reload must not miss it', () => {
  it('when a live command joined the journal, then yes', () => {
    expect(savesAtOnce(stateAfter([running]), snapshot(true, 1))).toBe(true);
  });

  it('when the run stopped, then yes', () => {
    expect(savesAtOnce(stateAfter([running]), snapshot(false))).toBe(true);
  });

  it('when the run goes on with the same journal, then no (the throttled save will do)', () => {
    expect(
      savesAtOnce(
        stateAfter([{ type: 'snapshotSeen', snapshot: snapshot(true, 2) }]),
        snapshot(true, 2),
      ),
    ).toBe(false);
  });

  it('when the first snapshot is of a paused run with no commands, then no', () => {
    expect(savesAtOnce(stateAfter([]), snapshot(false))).toBe(false);
  });

  it('when a paused run stays paused, then no', () => {
    expect(savesAtOnce(stateAfter([paused]), snapshot(false))).toBe(false);
  });
});

describe('runResumesAfterRetry: a good Resume runs on only the run an error paused', () => {
  const haltedRunning = [opened, running, storageError('quota'), paused];

  it('when the retry of an error that paused a running run settles, then yes', () => {
    expect(runResumesAfterRetry(stateAfter([...haltedRunning, events.retried]))).toBe(true);
  });

  it('when the error came while the run was paused, then no', () => {
    expect(
      runResumesAfterRetry(stateAfter([opened, paused, storageError('quota'), events.retried])),
    ).toBe(false);
  });

  it('when a write failed again during the retry, then no', () => {
    expect(
      runResumesAfterRetry(stateAfter([...haltedRunning, events.retried, storageError('quota')])),
    ).toBe(false);
  });

  it('when no Resume was pressed, then no', () => {
    expect(runResumesAfterRetry(stateAfter(haltedRunning))).toBe(false);
  });
});

describe('storageOf and savingStopped', () => {
  it('while opening or when it could not be opened, then there is no storage', () => {
    expect(storageOf(stateAfter([]))).toBeNull();
    expect(storageOf(stateAfter([events.failed]))).toBeNull();
  });

  it('once open, and still once closed by another tab, then the storage is there', () => {
    expect(storageOf(stateAfter([opened]))).toBe(storage);
    expect(storageOf(stateAfter([opened, storageError('closed')]))).toBe(storage);
  });

  it('only once another tab closed the database, then saving has stopped', () => {
    expect(savingStopped(stateAfter([opened, storageError('quota')]))).toBe(false);
    expect(savingStopped(stateAfter([opened, storageError('closed')]))).toBe(true);
  });
});

describe('savedWorkspaceOf and workspaceMissing: what the restore puts back, or says was lost', () => {
  it.each<[string, readonly Event[], boolean, boolean]>([
    ['while reading', [opened], false, false],
    ['when a workspace was found', [opened, found], true, false],
    ['when none was in a readable store', [opened, none], false, true],
    ['when the store ignored the one it held', [opened, events.ignored, none], false, false],
    ['when reading failed', [opened, events.unreadable], false, false],
    ['when storage could not be opened', [events.failed], false, false],
  ])('%s', (_label, history, toPutBack, missing) => {
    const state = stateAfter(history);
    expect(savedWorkspaceOf(state)).toBe(toPutBack ? saved : null);
    expect(workspaceMissing(state)).toBe(missing);
  });
});
