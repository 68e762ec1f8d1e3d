import { describe, expect, it } from 'vitest';
import { checkLog, type LogEntry, type LogHistory } from './support/log-checker';

/** a-1, b-1, a-2, b-2, a-3 at positions 1..5: a sound two-stream log. */
function soundLog(): LogEntry[] {
  const places: Array<[string, number]> = [
    ['a', 1],
    ['b', 1],
    ['a', 2],
    ['b', 2],
    ['a', 3],
  ];
  return places.map(([streamId, streamVersion], index) => ({
    id: `${streamId}-${streamVersion}`,
    streamId,
    streamVersion,
    position: index + 1,
  }));
}

/** The history whose reads return `all` (and its streams), with `acknowledged` as written. */
function history(all: LogEntry[], acknowledged: LogEntry[] = soundLog()): LogHistory {
  const streams = new Map<string, LogEntry[]>();
  for (const entry of all)
    streams.set(entry.streamId, [...(streams.get(entry.streamId) ?? []), entry]);
  return { acknowledged, all, streams };
}

const kinds = (h: LogHistory) => [...new Set(checkLog(h).map((anomaly) => anomaly.kind))].sort();

describe('given the log checker', () => {
  it('when the log is exactly what was acknowledged, then it reports nothing', () => {
    expect(checkLog(history(soundLog()))).toEqual([]);
  });

  it('when an acknowledged event is lost, then it reports it lost (and the hole it leaves)', () => {
    const all = soundLog().filter((entry) => entry.id !== 'b-2');
    const anomalies = checkLog(history(all));
    expect(anomalies).toContainEqual({
      kind: 'lost',
      detail: 'acknowledged b-2[b@2#4] is not stored',
    });
    expect(kinds(history(all))).toEqual(['lost', 'skipped']);
  });

  it('when an event is stored twice, then it reports the duplicate', () => {
    const log = soundLog();
    const all = [...log, { ...log[4]!, position: 6 }];
    expect(kinds(history(all))).toContain('duplicated');
    expect(checkLog(history(all)).map((a) => a.detail)).toContain('log: id a-3 stored twice');
  });

  it('when positions go backward, then it reports it', () => {
    const log = soundLog();
    const all = [log[0]!, log[2]!, log[1]!, log[3]!, log[4]!];
    expect(kinds(history(all))).toContain('backward');
  });

  it('when a position is skipped, then it reports the hole', () => {
    const all = soundLog().map((entry) =>
      entry.position >= 3 ? { ...entry, position: entry.position + 1 } : entry,
    );
    const anomalies = checkLog(history(all, all));
    expect(anomalies).toEqual([{ kind: 'skipped', detail: 'log: position 4 (event a-2) after 2' }]);
  });

  it('when a stream version is skipped, then it reports the stream', () => {
    const all = soundLog().map((entry) =>
      entry.id === 'a-3' ? { ...entry, streamVersion: 4 } : entry,
    );
    const anomalies = checkLog(history(all, all));
    expect(anomalies).toEqual([
      { kind: 'skipped', detail: 'stream a: streamVersion 4 (event a-3) after 2' },
    ]);
  });

  it('when a stream read disagrees with the log, or the log holds an unacknowledged event, then both are reported', () => {
    const log = soundLog();
    const h = history(log);
    const streams = new Map(h.streams);
    streams.set('a', [log[0]!, log[2]!]);
    expect(kinds({ ...h, streams })).toEqual(['stream-mismatch']);
    expect(kinds(history(log, log.slice(0, 4)))).toEqual(['phantom']);
  });

  it('when an event is stored elsewhere than acknowledged, then it reports it moved', () => {
    const acknowledged = soundLog().map((entry) =>
      entry.id === 'a-1' ? { ...entry, position: 9 } : entry,
    );
    expect(kinds(history(soundLog(), acknowledged))).toEqual(['moved']);
  });
});
