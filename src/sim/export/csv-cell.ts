/**
 * First characters that make spreadsheet apps (Excel, LibreOffice Calc, Google Sheets) read a
 * cell as a formula or a DDE command, which an exported event payload must never become
 * (CSV/formula injection, OWASP). Tab and carriage return are included because some apps strip
 * them and then see the formula behind them.
 */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/** RFC 4180 record separator. */
export const CSV_LINE_END = '\r\n';

/**
 * Prefixes a single quote to text that starts with a formula trigger, so a spreadsheet shows
 * it as text. Applied to text cells only: our numeric columns are never negative, and a
 * prefixed number would stop being a number.
 */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** Quotes a field as RFC 4180 asks: when it holds a comma, a quote, CR or LF; quotes doubled. */
export function quoteCsvField(text: string): string {
  if (!/[",\r\n]/.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

/** A text cell: formula-neutralised, then quoted. */
export function csvTextCell(text: string): string {
  return quoteCsvField(neutraliseFormula(text));
}

/** A numeric cell, written as it is (never quoted, never prefixed). */
export function csvNumberCell(value: number): string {
  return String(value);
}
