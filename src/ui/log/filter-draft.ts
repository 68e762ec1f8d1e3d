import type { EventFilter, EventFilterResult } from '../../sim/analysis/event-filter';

/** The filter bar's text fields, as typed. */
export type FilterDraft = Record<FilterField, string>;
export type FilterField = 'typePattern' | 'streamId' | 'correlationId' | 'text';

/** The fields in toolbar order, with their accessible names and hints. */
export const filterFields: readonly {
  readonly field: FilterField;
  readonly label: string;
  readonly placeholder: string;
}[] = [
  { field: 'typePattern', label: 'Type pattern', placeholder: 'type order.*' },
  { field: 'streamId', label: 'Stream', placeholder: 'stream saga-*' },
  { field: 'correlationId', label: 'Correlation id', placeholder: 'correlation id' },
  { field: 'text', label: 'Payload text', placeholder: 'payload text' },
];

/** The draft showing a stored filter (empty fields for what it leaves open). */
export function draftOf(filter: EventFilter): FilterDraft {
  return {
    typePattern: filter.typePattern ?? '',
    streamId: filter.streamId ?? '',
    correlationId: filter.correlationId ?? '',
    text: filter.text ?? '',
  };
}

/** Problems of a draft by field, each worded with the field's name. */
export type FilterErrors = Partial<Record<FilterField, string>>;

/** A parse failure's messages by field, worded with the field's visible name. */
export function errorsByField(result: EventFilterResult): FilterErrors {
  if (result.ok) return {};
  const found: FilterErrors = {};
  for (const message of result.errors) {
    const entry = filterFields.find(({ field }) => message.startsWith(`${field}: `));
    if (!entry) continue;
    found[entry.field] = `${entry.label}: ${message.slice(entry.field.length + 2)}`;
  }
  return found;
}

/** A canonical string of a filter (fields in one order), equal for equal filters. */
export function filterKey(filter: EventFilter): string {
  const { typePattern, streamId, correlationId, text } = filter;
  return JSON.stringify({ typePattern, streamId, correlationId, text });
}
