/**
 * A Jepsen-style checker for an event log: given what writers were told (acknowledged appends)
 * and what reads returned (the global log and each stream), it lists every anomaly. Pure: no
 * store, no I/O, so it can be shown to catch each anomaly on hand-made histories.
 */

/** Where one event sits: what an acknowledgement or a read says about it. */
export interface LogEntry {
  readonly id: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: number;
}

export type AnomalyKind =
  /** An acknowledged event is missing from the log. */
  | 'lost'
  /** An id, position or [stream, version] occurs more than once. */
  | 'duplicated'
  /** A position (global log) or version (stream) is not above the one before it. */
  | 'backward'
  /** A position or version jumps ahead, leaving a hole. */
  | 'skipped'
  /** The log holds an event no writer was told was stored. */
  | 'phantom'
  /** An event is stored somewhere other than where its writer was told. */
  | 'moved'
  /** A stream read disagrees with the global log filtered to that stream. */
  | 'stream-mismatch';

export interface Anomaly {
  readonly kind: AnomalyKind;
  readonly detail: string;
}

export interface LogHistory {
  /** Every event a successful append reported, with the place it reported. */
  readonly acknowledged: readonly LogEntry[];
  /** The whole log as read in position order (readAll, all pages). */
  readonly all: readonly LogEntry[];
  /** Each stream as read on its own (readStream), by stream id. */
  readonly streams: ReadonlyMap<string, readonly LogEntry[]>;
}

/** Every anomaly in the history, in a stable order; an empty list means the log is sound. */
export function checkLog(history: LogHistory): Anomaly[] {
  return [
    ...checkSequence(history.all, 'position', 'log'),
    ...checkUniqueness(history.all),
    ...checkStreams(history),
    ...checkAcknowledged(history),
  ];
}

/** Counts anomalies by kind (for one-line summaries). */
export function countByKind(anomalies: readonly Anomaly[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of anomalies) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** 1, 2, 3...: each number one above the previous; a repeat is a duplicate. */
function checkSequence(
  entries: readonly LogEntry[],
  field: 'position' | 'streamVersion',
  where: string,
): Anomaly[] {
  const anomalies: Anomaly[] = [];
  let previous = 0;
  for (const entry of entries) {
    const value = entry[field];
    const at = `${where}: ${field} ${value} (event ${entry.id}) after ${previous}`;
    if (value === previous) anomalies.push({ kind: 'duplicated', detail: at });
    else if (value < previous) anomalies.push({ kind: 'backward', detail: at });
    else if (value > previous + 1) anomalies.push({ kind: 'skipped', detail: at });
    previous = Math.max(previous, value);
  }
  return anomalies;
}

/** Ids and [stream, version] pairs are unique across the log (positions are checked in order). */
function checkUniqueness(all: readonly LogEntry[]): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const ids = new Set<string>();
  const places = new Set<string>();
  for (const entry of all) {
    if (ids.has(entry.id)) {
      anomalies.push({ kind: 'duplicated', detail: `log: id ${entry.id} stored twice` });
    }
    ids.add(entry.id);
    const place = `${entry.streamId}@${entry.streamVersion}`;
    if (places.has(place)) {
      anomalies.push({ kind: 'duplicated', detail: `log: [stream, version] ${place} twice` });
    }
    places.add(place);
  }
  return anomalies;
}

/** Each stream's own read is gap-free from 1 and equals the global log's view of it. */
function checkStreams({ all, streams }: LogHistory): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const fromLog = new Map<string, LogEntry[]>();
  for (const entry of all) {
    const list = fromLog.get(entry.streamId) ?? [];
    list.push(entry);
    fromLog.set(entry.streamId, list);
  }
  const streamIds = new Set([...fromLog.keys(), ...streams.keys()]);
  for (const streamId of [...streamIds].sort()) {
    const read = streams.get(streamId) ?? [];
    anomalies.push(...checkSequence(read, 'streamVersion', `stream ${streamId}`));
    const expected = (fromLog.get(streamId) ?? []).map(placeText).join(',');
    if (read.map(placeText).join(',') !== expected) {
      anomalies.push({
        kind: 'stream-mismatch',
        detail: `stream ${streamId}: readStream differs from readAll's events of that stream`,
      });
    }
  }
  return anomalies;
}

/** Every acknowledged event is in the log at its acknowledged place, and nothing else is. */
function checkAcknowledged({ acknowledged, all }: LogHistory): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const stored = new Map(all.map((entry) => [entry.id, entry]));
  const acknowledgedIds = new Set<string>();
  for (const entry of acknowledged) {
    acknowledgedIds.add(entry.id);
    const found = stored.get(entry.id);
    if (!found) {
      anomalies.push({ kind: 'lost', detail: `acknowledged ${placeText(entry)} is not stored` });
    } else if (placeText(found) !== placeText(entry)) {
      anomalies.push({
        kind: 'moved',
        detail: `acknowledged ${placeText(entry)} but stored ${placeText(found)}`,
      });
    }
  }
  for (const entry of all) {
    if (!acknowledgedIds.has(entry.id)) {
      anomalies.push({
        kind: 'phantom',
        detail: `stored ${placeText(entry)} was never acknowledged`,
      });
    }
  }
  return anomalies;
}

function placeText(entry: LogEntry): string {
  return `${entry.id}[${entry.streamId}@${entry.streamVersion}#${entry.position}]`;
}
