/** A line of text with its 1-based number (the trailing CR of a CRLF line removed). */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Lines of a text one at a time, without splitting the whole text into an array first: a
 * 200 MB NDJSON file is walked with one extra line in memory, not a second copy of it.
 */
export function* numberedLines(text: string): Generator<NumberedLine> {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const raw = text.slice(start, stop);
    yield { line, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw };
    if (end < 0) return;
    start = end + 1;
    line += 1;
  }
}
