import { z } from 'zod';
import type { StoredEvent } from '../../core/messages/event';
import { csvColumns } from '../export/csv-row';
import { EVENT_TYPE_PATTERN } from './cloud-event-schema';
import { restoreFormulaText } from './csv-cells';
import { csvRecords } from './csv-records';
import type { ImportLimits } from './import-limits';
import { type ImportLocation, ImportRefusal } from './import-problem';
import { type AssembledLog, LogAssembler } from './log-assembler';
import { findForbiddenKey, parseJson } from './safe-json';

const count = (min: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min));
const number = z
  .string()
  .regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i, 'must be a number')
  .transform(Number)
  .pipe(z.number().finite());
const text = z.string().min(1, 'must not be empty').max(2048);

/** A CSV record of our export (csv-row.ts), cells already un-neutralised. */
const csvEventSchema = z.object({
  position: count(1),
  id: text,
  type: text.regex(EVENT_TYPE_PATTERN, 'must be dotted lowercase words (order.placed)'),
  time_ms: number,
  source: text,
  stream_id: text,
  stream_version: count(1),
  correlation_id: text,
  causation_id: z.string(),
  partition_key: z.string(),
  schema_version: count(0),
  metadata: z.record(z.string(), z.string(), { error: 'must be a JSON object of strings' }),
  data: z.unknown(),
});

/** Our CSV export: the header row, then one event per record (csv-row.ts). */
export function parseCsvLog(text: string, limits: ImportLimits): AssembledLog {
  const log = new LogAssembler(limits);
  let header = true;
  for (const record of csvRecords(text)) {
    if (header) {
      checkHeader(record.fields, record.line);
      header = false;
      continue;
    }
    if (record.fields.length === 1 && record.fields[0] === '') continue;
    const at = { line: record.line, index: log.count };
    log.add(csvEvent(record.fields, at), at);
  }
  if (header) throw new ImportRefusal({ at: { file: true }, message: 'the CSV file is empty' });
  return log.finish();
}

function checkHeader(fields: readonly string[], line: number): void {
  if (fields.join(',') !== csvColumns.join(',')) {
    throw new ImportRefusal({
      at: { line },
      message: `the header must be exactly: ${csvColumns.join(',')}`,
    });
  }
}

function csvEvent(fields: readonly string[], at: ImportLocation): StoredEvent {
  if (fields.length !== csvColumns.length) {
    throw new ImportRefusal({
      at,
      message: `has ${fields.length} cells, expected ${csvColumns.length}`,
    });
  }
  const cells: Record<string, unknown> = {};
  csvColumns.forEach((column, index) => {
    const cell = restoreFormulaText(fields[index]!);
    cells[column] = column === 'metadata' || column === 'data' ? jsonCell(cell, column, at) : cell;
  });
  const parsed = csvEventSchema.safeParse(cells);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportRefusal({ at, field: String(issue.path[0] ?? ''), message: issue.message });
  }
  const row = parsed.data;
  return Object.freeze({
    id: row.id,
    type: row.type,
    time: row.time_ms,
    schemaVersion: row.schema_version,
    source: row.source,
    correlationId: row.correlation_id,
    causationId: row.causation_id === '' ? null : row.causation_id,
    ...(row.partition_key === '' ? {} : { partitionKey: row.partition_key }),
    metadata: Object.freeze({ ...row.metadata }),
    data: row.data ?? null,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    position: row.position,
  });
}

function jsonCell(cell: string, column: string, at: ImportLocation): unknown {
  const parsed = parseJson(cell);
  if (!parsed.ok) {
    throw new ImportRefusal({ at, field: column, message: `not valid JSON (${parsed.message})` });
  }
  const forbidden = findForbiddenKey(parsed.value);
  if (forbidden !== null) {
    throw new ImportRefusal({
      at,
      field: `${column}.${forbidden}`,
      message: 'key is not allowed (it could pollute object prototypes)',
    });
  }
  return parsed.value;
}
