import type { CloudEventOptions } from '../../core/cloudevents/cloud-event';
import { toCloudEvent } from '../../core/cloudevents/to-cloud-event';
import type { StoredEvent } from '../../core/messages/event';
import { CSV_LINE_END, csvNumberCell, csvTextCell } from './csv-cell';

/** The CSV export's columns, one row per event, in this order. */
export const csvColumns = [
  'position',
  'id',
  'type',
  'time_ms',
  'time',
  'source',
  'stream_id',
  'stream_version',
  'correlation_id',
  'causation_id',
  'partition_key',
  'schema_version',
  'metadata',
  'data',
] as const;

/** The header record. */
export function csvHeaderRow(): string {
  return csvColumns.join(',') + CSV_LINE_END;
}

/**
 * One event as a CSV record. `time_ms` is the exact virtual time, `time` the RFC 3339 instant of
 * the CloudEvents mapping (so CSV and NDJSON exports agree); `source` is the plain component
 * id; `metadata` and `data` are JSON text. Every text cell is formula-neutralised (csv-cell.ts).
 */
export function csvEventRow(event: StoredEvent, options: CloudEventOptions = {}): string {
  const cells = [
    csvNumberCell(event.position),
    csvTextCell(event.id),
    csvTextCell(event.type),
    csvNumberCell(event.time),
    csvTextCell(toCloudEvent(event, options).time),
    csvTextCell(event.source),
    csvTextCell(event.streamId),
    csvNumberCell(event.streamVersion),
    csvTextCell(event.correlationId),
    csvTextCell(event.causationId ?? ''),
    csvTextCell(event.partitionKey ?? ''),
    csvNumberCell(event.schemaVersion),
    csvTextCell(JSON.stringify(event.metadata)),
    csvTextCell(JSON.stringify(event.data) ?? 'null'),
  ];
  return cells.join(',') + CSV_LINE_END;
}
