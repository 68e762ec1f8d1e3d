import { ImportRefusal } from './import-problem';

/** One CSV record with the 1-based line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * RFC 4180 records, one at a time: fields separated by commas, records by CRLF (a bare LF is
 * accepted too), a quoted field may hold commas, line breaks and doubled quotes. A quote that
 * never closes (a truncated file) is refused with the line where the field began.
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  let index = 0;
  let line = 1;
  while (index < text.length) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[index] === '"') {
        const fieldLine = line;
        index += 1;
        for (;;) {
          const quote = text.indexOf('"', index);
          if (quote < 0) {
            throw new ImportRefusal({
              at: { line: fieldLine },
              message: 'a quoted CSV field is never closed (truncated file?)',
            });
          }
          const chunk = text.slice(index, quote);
          line += countNewlines(chunk);
          field += chunk;
          if (text[quote + 1] === '"') {
            field += '"';
            index = quote + 2;
          } else {
            index = quote + 1;
            break;
          }
        }
      }
      const stop = nextDelimiter(text, index);
      field += text.slice(index, stop);
      fields.push(field);
      index = stop;
      if (text[index] === ',') {
        index += 1;
        continue;
      }
      index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      break;
    }
    yield { line: startLine, fields };
  }
}

function nextDelimiter(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === ',' || char === '\n' || (char === '\r' && text[index + 1] === '\n')) return index;
  }
  return text.length;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
