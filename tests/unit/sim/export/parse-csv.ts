/** A strict RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF record ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && field === '') {
      const close = findClosingQuote(text, index + 1);
      field = text.slice(index + 1, close).replaceAll('""', '"');
      index = close + 1;
      continue;
    }
    if (char === ',') {
      row.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 2;
    } else {
      field += char;
      index += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

function findClosingQuote(text: string, from: number): number {
  let index = from;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote < 0) throw new Error('unterminated quoted field');
    if (text[quote + 1] === '"') index = quote + 2;
    else return quote;
  }
}
