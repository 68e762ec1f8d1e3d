import { ConcurrencyError } from '../errors/errors';
import type { ExpectedVersion } from './event-store';

/** Throws ConcurrencyError when a stream at `actual` does not satisfy `expected`. Shared by every store. */
export function checkExpectedVersion(
  streamId: string,
  expected: ExpectedVersion,
  actual: number,
): void {
  const ok =
    expected === 'any' ||
    (expected === 'noStream' && actual === 0) ||
    (expected === 'streamExists' && actual > 0) ||
    expected === actual;
  if (!ok) throw new ConcurrencyError(streamId, expected, actual);
}
