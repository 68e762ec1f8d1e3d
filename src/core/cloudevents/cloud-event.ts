/** The CloudEvents version every export declares. */
export const CLOUDEVENTS_SPEC_VERSION = '1.0';

/** Virtual time 0 maps to this instant in exported `time` attributes (2026-01-01T00:00:00.000Z). */
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 1);

/** Width of the zero-padded `sequence`: enough digits for any safe integer position. */
export const SEQUENCE_DIGITS = String(Number.MAX_SAFE_INTEGER).length;

export interface CloudEventOptions {
  /** Wall-clock instant of virtual time 0, in Unix ms; defaults to DEFAULT_EPOCH_MS. */
  readonly epochMs?: number;
}

/**
 * An Eventfold event in the CloudEvents 1.0 structured JSON format. Extension attribute names
 * are lowercase alphanumerics of at most 20 characters, and their values are strings or
 * 32-bit integers, as the CloudEvents type system allows. A type alias rather than an interface
 * so it is assignable to `Record<string, unknown>` (the SDK's and fromCloudEvent's input).
 */
export type EventfoldCloudEvent = {
  readonly specversion: typeof CLOUDEVENTS_SPEC_VERSION;
  readonly id: string;
  /** URI-reference `/eventfold/components/<component id, URI-encoded>` (see source-uri.ts). */
  readonly source: string;
  readonly type: string;
  /** RFC 3339, UTC, millisecond precision: epoch + virtual ms. */
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly data: unknown;
  /** The stream id, once stored. */
  readonly subject?: string;
  /**
   * The global position, once stored: the sequence extension requires a lexicographically
   * orderable string, so it is zero-padded to SEQUENCE_DIGITS ("0000000000000042").
   */
  readonly sequence?: string;
  /** The version within the stream, once stored. */
  readonly streamversion?: number;
  readonly correlationid: string;
  /** Absent for an event that starts its correlation (causationId null). */
  readonly causationid?: string;
  readonly partitionkey?: string;
  /** The payload's schema version (`dataschema` would have to be a URI, so it is not used). */
  readonly schemaversion: number;
  /**
   * The envelope's metadata as a JSON object string; absent when empty. One extension rather
   * than one per key, because metadata keys are free text and could clash with attributes.
   */
  readonly eventfoldmetadata?: string;
  /** Exact virtual ms, only when `time` could not carry it (a fractional millisecond). */
  readonly eventfoldtime?: string;
};
