/** Event log export formats: CloudEvents NDJSON, a CloudEvents JSON batch, or CSV. */
export const logFormats = ['ndjson', 'json', 'csv'] as const;

export type LogFormat = (typeof logFormats)[number];

export interface LogFormatInfo {
  /** The Export menu's label ("CloudEvents JSON", "NDJSON", "CSV"): journeys find items by it. */
  readonly label: string;
  readonly extension: string;
  readonly mediaType: string;
}

export const logFormatInfo: Readonly<Record<LogFormat, LogFormatInfo>> = {
  ndjson: { label: 'NDJSON', extension: 'ndjson', mediaType: 'application/x-ndjson' },
  json: {
    label: 'CloudEvents JSON',
    extension: 'json',
    mediaType: 'application/cloudevents-batch+json',
  },
  csv: { label: 'CSV', extension: 'csv', mediaType: 'text/csv' },
};

/** True when `value` names an export format. */
export function isLogFormat(value: string): value is LogFormat {
  return (logFormats as readonly string[]).includes(value);
}
