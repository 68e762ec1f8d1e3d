import { EventfoldError } from '../../core/errors/errors';

/** Why the connection closed: another tab's upgrade/delete, this tab's close(), or the browser. */
export type DatabaseCloseReason = 'version-change' | 'closed' | 'connection-lost';

const closeMessages: Record<DatabaseCloseReason, (name: string) => string> = {
  'version-change': (name) =>
    `The event log "${name}" was closed because another tab is upgrading or deleting it; reload this tab to continue`,
  closed: (name) => `The event log "${name}" is closed`,
  'connection-lost': (name) =>
    `The browser closed the connection to the event log "${name}" (storage cleared or failing); reload this tab to continue`,
};

/** The connection is closed; `reason` says by whom, the message what to do. */
export class DatabaseClosedError extends EventfoldError {
  readonly code = 'database-closed';

  constructor(
    readonly databaseName: string,
    readonly reason: DatabaseCloseReason,
  ) {
    super(closeMessages[reason](databaseName));
  }
}

/** IndexedDB could not be opened: private browsing, blocked by another tab, or a failed upgrade. */
export class DatabaseOpenError extends EventfoldError {
  readonly code = 'database-open';

  constructor(
    readonly databaseName: string,
    override readonly cause: unknown,
  ) {
    super(
      `The event log "${databaseName}" could not be opened (${describeCause(cause)}); browser storage may be disabled (private mode) or held by another tab`,
    );
  }
}

/** The browser refused to store more: the origin's storage quota is used up. Nothing was written. */
export class QuotaExceededError extends EventfoldError {
  readonly code = 'quota-exceeded';

  constructor(
    readonly databaseName: string,
    override readonly cause: unknown,
  ) {
    super(
      `The event log "${databaseName}" is full: the browser's storage quota is used up, so the last append was not stored (earlier events are intact); export and clear the log to continue`,
    );
  }
}

/** A failure of IndexedDB itself that none of the errors above describe. */
export class StorageFailureError extends EventfoldError {
  readonly code = 'storage-failure';

  constructor(
    readonly databaseName: string,
    override readonly cause: unknown,
  ) {
    super(
      `The event log "${databaseName}" failed to write (${describeCause(cause)}); nothing from that write was stored`,
    );
  }
}

/** True when an error, or an error it wraps (Dexie's `inner`, BulkError `failures`), is named `name`. */
export function hasErrorNamed(error: unknown, name: string, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') return false;
  const candidate = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (candidate.name === name) return true;
  if (hasErrorNamed(candidate.inner, name, depth + 1)) return true;
  const failures = candidate.failures;
  if (Array.isArray(failures)) return failures.some((f) => hasErrorNamed(f, name, depth + 1));
  if (failures && typeof failures === 'object') {
    return Object.values(failures).some((f) => hasErrorNamed(f, name, depth + 1));
  }
  return false;
}

/** Translates an IndexedDB/Dexie write failure into the typed error the UI can explain. */
export function toStorageError(databaseName: string, error: unknown): Error {
  if (error instanceof EventfoldError) return error;
  if (hasErrorNamed(error, 'QuotaExceededError'))
    return new QuotaExceededError(databaseName, error);
  if (hasErrorNamed(error, 'DatabaseClosedError')) {
    return new DatabaseClosedError(databaseName, 'closed');
  }
  return new StorageFailureError(databaseName, error);
}

function describeCause(cause: unknown): string {
  // Dexie appends the inner error on a second line; one line reads better in a status bar.
  if (cause instanceof Error) return `${cause.name}: ${cause.message.split('\n')[0]}`;
  return String(cause);
}
