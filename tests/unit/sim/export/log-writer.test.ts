import { describe, expect, it } from 'vitest';
import { fromCloudEvent } from '../../../../src/core/cloudevents/from-cloud-event';
import { toCloudEvent } from '../../../../src/core/cloudevents/to-cloud-event';
import { csvColumns } from '../../../../src/sim/export/csv-row';
import { isLogFormat, logFormatInfo, logFormats } from '../../../../src/sim/export/log-formats';
import { createLogWriter, formatLog } from '../../../../src/sim/export/log-writer';
import { parseCsv } from './parse-csv';
import { sampleLog } from './sample-log';

const events = sampleLog();

describe('given a log exported as NDJSON', () => {
  it('when each line is parsed back through fromCloudEvent, then it is the same event', () => {
    const text = formatLog('ndjson', events);
    const lines = text.split('\n');
    expect(lines.pop()).toBe(''); // every line ends with \n, the last one included
    expect(lines).toHaveLength(events.length);
    expect(lines.map((line) => fromCloudEvent(JSON.parse(line)))).toEqual(events);
  });

  it('when a line is read, then it is a structured CloudEvent 1.0', () => {
    const first = JSON.parse(formatLog('ndjson', events).split('\n')[0] ?? '');
    expect(first).toMatchObject({ specversion: '1.0', id: 'evt-1', sequence: '0000000000000001' });
  });
});

describe('given a log exported as a CloudEvents JSON batch', () => {
  it('when parsed, then it is an array whose items map back to the same events', () => {
    const batch = JSON.parse(formatLog('json', events)) as Record<string, unknown>[];
    expect(batch).toHaveLength(events.length);
    expect(batch.map((item) => fromCloudEvent(item))).toEqual(events);
  });

  it('when the log is empty, then the batch is an empty array', () => {
    expect(JSON.parse(formatLog('json', []))).toEqual([]);
  });
});

describe('given a log written in pages', () => {
  it.each(logFormats)(
    'when the format is %s, then pages concatenate to the whole-log text',
    (format) => {
      const writer = createLogWriter(format);
      const paged =
        writer.header() +
        writer.page(events.slice(0, 1)) +
        writer.page([]) +
        writer.page(events.slice(1)) +
        writer.footer();
      expect(paged).toBe(formatLog(format, events));
    },
  );
});

describe('given a log exported as CSV', () => {
  const rows = parseCsv(formatLog('csv', events));

  it('when read back, then the header names the documented columns and each event has a row', () => {
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(events.length + 1);
  });

  it('when a row is read, then its cells carry the event, times from the CloudEvents mapping', () => {
    const row = Object.fromEntries(csvColumns.map((column, index) => [column, rows[2]?.[index]]));
    const confirmed = events[1]!;
    expect(row).toEqual({
      position: '2',
      id: confirmed.id,
      type: 'order.confirmed',
      time_ms: '12.5',
      time: toCloudEvent(confirmed).time,
      source: 'orders',
      stream_id: 'order-o-1',
      stream_version: '2',
      correlation_id: 'evt-1',
      causation_id: 'evt-1',
      partition_key: `'=HYPERLINK("http://x")`,
      schema_version: '1',
      metadata: '{}',
      data: '{"orderId":"o-1"}',
    });
  });

  it('when payload text has commas, quotes and newlines, then the JSON cell survives quoting', () => {
    const data = rows[1]?.[csvColumns.indexOf('data')] ?? '';
    expect(JSON.parse(data)).toEqual(events[0]?.data);
    expect(rows[1]?.[csvColumns.indexOf('metadata')]).toBe(
      '{"payloadStyle":"event-carried-state"}',
    );
  });

  it('when text cells start with formula characters, then every one of them is neutralised', () => {
    const row = rows[3] ?? [];
    expect(row[csvColumns.indexOf('source')]).toBe("'@evil");
    expect(row[csvColumns.indexOf('stream_id')]).toBe('system-@evil');
    expect(row[csvColumns.indexOf('data')]).toBe("'-5");
    expect(row[csvColumns.indexOf('metadata')]).toBe('{"note":"+cmd"}');
  });

  it('when the records are split, then each ends with CRLF', () => {
    const text = formatLog('csv', events.slice(1, 2));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });
});

describe('given the export format names', () => {
  it('when checked, then only ndjson, json and csv are formats, with the Export menu labels', () => {
    expect(logFormats.filter(isLogFormat)).toEqual(['ndjson', 'json', 'csv']);
    expect(isLogFormat('xml')).toBe(false);
    expect(Object.values(logFormatInfo).map((info) => info.label)).toEqual([
      'NDJSON',
      'CloudEvents JSON',
      'CSV',
    ]);
  });
});
