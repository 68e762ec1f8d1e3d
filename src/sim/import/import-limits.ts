/** The largest file Import reads: bigger files are refused before a byte is parsed. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The most events one imported log may hold (twice the 1,000,000 a long run produces). */
export const MAX_IMPORT_EVENTS = 2_000_000;

/** Limits a parse enforces; tests pass small ones to exercise the refusals cheaply. */
export interface ImportLimits {
  readonly maxBytes: number;
  readonly maxEvents: number;
}

export const defaultImportLimits: ImportLimits = {
  maxBytes: MAX_IMPORT_BYTES,
  maxEvents: MAX_IMPORT_EVENTS,
};

/** A clear refusal for a file over the byte limit, or null when it fits. */
export function oversizeProblem(bytes: number, limits: ImportLimits = defaultImportLimits) {
  if (bytes <= limits.maxBytes) return null;
  return `file is ${formatBytes(bytes)}, over the ${formatBytes(limits.maxBytes)} import limit`;
}

/** Bytes in the unit people read (B, KB, MB, GB; binary multiples). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** UTF-8 size of a text without encoding it (strings in memory are UTF-16). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
