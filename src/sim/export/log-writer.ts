import type { CloudEventOptions } from '../../core/cloudevents/cloud-event';
import { toCloudEvent } from '../../core/cloudevents/to-cloud-event';
import type { StoredEvent } from '../../core/messages/event';
import { csvEventRow, csvHeaderRow } from './csv-row';
import type { LogFormat } from './log-formats';

/**
 * Writes a log incrementally: header(), then page(events) for each page in position order, then
 * footer(); the concatenated strings are the whole file. Large logs never need to be in memory
 * at once (the CLI pages through the run's log, the app through IndexedDB).
 */
export interface LogWriter {
  header(): string;
  page(events: readonly StoredEvent[]): string;
  footer(): string;
}

/** A writer for one export of one log (the JSON writer remembers whether it wrote an event). */
export function createLogWriter(format: LogFormat, options: CloudEventOptions = {}): LogWriter {
  switch (format) {
    case 'ndjson':
      return ndjsonWriter(options);
    case 'json':
      return jsonBatchWriter(options);
    case 'csv':
      return csvWriter(options);
  }
}

/** A whole log in one string (small logs, tests). */
export function formatLog(
  format: LogFormat,
  events: readonly StoredEvent[],
  options: CloudEventOptions = {},
): string {
  const writer = createLogWriter(format, options);
  return writer.header() + writer.page(events) + writer.footer();
}

/** One structured CloudEvent per line (JSON Lines). */
function ndjsonWriter(options: CloudEventOptions): LogWriter {
  return {
    header: () => '',
    page: (events) => {
      let text = '';
      for (const event of events) text += `${JSON.stringify(toCloudEvent(event, options))}\n`;
      return text;
    },
    footer: () => '',
  };
}

/** A CloudEvents batch (`application/cloudevents-batch+json`): a JSON array, one event a line. */
function jsonBatchWriter(options: CloudEventOptions): LogWriter {
  let written = 0;
  return {
    header: () => '[',
    page: (events) => {
      let text = '';
      for (const event of events) {
        text += `${written === 0 ? '\n' : ',\n'}${JSON.stringify(toCloudEvent(event, options))}`;
        written += 1;
      }
      return text;
    },
    footer: () => '\n]\n',
  };
}

/** A header record, then one record per event (csv-row.ts). */
function csvWriter(options: CloudEventOptions): LogWriter {
  return {
    header: csvHeaderRow,
    page: (events) => {
      let text = '';
      for (const event of events) text += csvEventRow(event, options);
      return text;
    },
    footer: () => '',
  };
}
