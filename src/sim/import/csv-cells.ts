/** The characters csv-cell.ts (the writer) neutralises with a leading single quote. */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Undoes the writer's formula neutralisation. The rule, exactly: a text cell that starts with
 * a single quote followed by a formula trigger (= + - @ tab CR) loses that one quote, because
 * the writer adds it to precisely such cells. JSON columns (metadata, data) are unambiguous:
 * JSON text never starts with a quote character. A free-text value (an id) that itself began
 * with `'=` comes back without its quote: the one case CSV cannot tell apart, which is why
 * NDJSON and CloudEvents JSON are the lossless formats.
 */
export function restoreFormulaText(cell: string): string {
  return cell.length >= 2 && cell.charAt(0) === "'" && FORMULA_TRIGGERS.has(cell.charAt(1))
    ? cell.slice(1)
    : cell;
}
