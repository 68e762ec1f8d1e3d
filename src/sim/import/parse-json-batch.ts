import { cloudEventRecord } from './cloud-event-record';
import type { ImportLimits } from './import-limits';
import { ImportRefusal } from './import-problem';
import { numberedLines } from './lines';
import { type AssembledLog, LogAssembler } from './log-assembler';
import { lineAt, parseJson } from './safe-json';

/**
 * A CloudEvents batch (a JSON array of structured events). Our exports put one event on each
 * line, so that layout is read line by line and a problem is named by line and index; any
 * other layout (pretty-printed, one line) is parsed whole and problems are named by index.
 */
export function parseJsonBatchLog(text: string, limits: ImportLimits): AssembledLog {
  const byLine = readOneEventPerLine(text, limits);
  if (byLine.kind === 'log') return byLine.log;
  const whole = parseJson(text);
  if (!whole.ok) {
    // Not JSON in any layout: the line reading knows where it went wrong, else the parser does.
    if (byLine.kind === 'syntax') throw byLine.refusal;
    const line = whole.offset === undefined ? lastLine(text) : lineAt(text, whole.offset);
    throw new ImportRefusal({ at: { line }, message: `not valid JSON (${whole.message})` });
  }
  if (!Array.isArray(whole.value)) {
    throw new ImportRefusal({
      at: { file: true },
      message: 'a CloudEvents batch must be a JSON array',
    });
  }
  const log = new LogAssembler(limits);
  whole.value.forEach((value, index) => {
    log.add(cloudEventRecord(value, { index }), { index });
  });
  return log.finish();
}

type LineReading =
  | { readonly kind: 'log'; readonly log: AssembledLog }
  /** A line is not JSON: perhaps another layout, perhaps a broken file (the caller decides). */
  | { readonly kind: 'syntax'; readonly refusal: ImportRefusal }
  | { readonly kind: 'other-layout' };

function readOneEventPerLine(text: string, limits: ImportLimits): LineReading {
  const log = new LogAssembler(limits);
  let opened = false;
  let closed = false;
  for (const { line, text: raw } of numberedLines(text)) {
    const lineText = raw.trim();
    if (lineText === '') continue;
    if (!opened) {
      if (lineText !== '[') return { kind: 'other-layout' };
      opened = true;
      continue;
    }
    if (closed) return { kind: 'other-layout' };
    if (lineText === ']') {
      closed = true;
      continue;
    }
    const parsed = parseJson(lineText.endsWith(',') ? lineText.slice(0, -1) : lineText);
    if (!parsed.ok) {
      const message = `not valid JSON (${parsed.message})`;
      return { kind: 'syntax', refusal: new ImportRefusal({ at: { line }, message }) };
    }
    // Valid JSON that is not a valid event is refused here, by line: no other layout helps it.
    const at = { line, index: log.count };
    log.add(cloudEventRecord(parsed.value, at), at);
  }
  if (!closed) {
    const message = 'the JSON array is not closed (truncated file?)';
    return {
      kind: 'syntax',
      refusal: new ImportRefusal({ at: { line: lastLine(text) }, message }),
    };
  }
  return { kind: 'log', log: log.finish() };
}

function lastLine(text: string): number {
  return lineAt(text, text.length);
}
