import { describe, expect, it } from 'vitest';
import { mergeImportedLog } from '../../../../src/sim/import/merge-imported-log';
import { exampleLog } from './import-fixtures';

describe('given an imported log on show', () => {
  const shown = exampleLog(5_000);

  it('when the same file is imported again, then every event is skipped and counted', () => {
    const merged = mergeImportedLog(shown, shown);
    expect(merged.skippedKnownIds).toBe(shown.length);
    expect(merged.added).toBe(0);
    expect(merged.events).toEqual(shown);
  });

  it('when a longer log of the same run follows, then only its new events are added, numbered after the shown ones', () => {
    const longer = exampleLog(8_000);
    const merged = mergeImportedLog(shown, longer);
    expect(merged.skippedKnownIds).toBe(shown.length);
    expect(merged.added).toBe(longer.length - shown.length);
    expect(merged.events.map((event) => event.id)).toEqual(longer.map((event) => event.id));
    // The same run's events keep their own positions and stream versions.
    expect(merged.events).toEqual(longer);
  });

  it('when another run shares stream names, then its events continue those streams gap-free', () => {
    const other = shown.map((event) => ({ ...event, id: `other-${event.id}` }));
    const merged = mergeImportedLog(shown, other);
    expect(merged.added).toBe(shown.length);
    expect(merged.events.map((event) => event.position)).toEqual(
      Array.from({ length: shown.length * 2 }, (_, index) => index + 1),
    );
    const versions = new Map<string, number>();
    for (const event of merged.events) {
      expect(event.streamVersion).toBe((versions.get(event.streamId) ?? 0) + 1);
      versions.set(event.streamId, event.streamVersion);
    }
    expect(shown[0]?.position).toBe(1);
  });
});
