import { cloudEventRecord } from './cloud-event-record';
import type { ImportLimits } from './import-limits';
import { ImportRefusal } from './import-problem';
import { numberedLines } from './lines';
import { type AssembledLog, LogAssembler } from './log-assembler';
import { parseJson } from './safe-json';

/** NDJSON: one structured CloudEvent per line; blank lines are ignored. */
export function parseNdjsonLog(text: string, limits: ImportLimits): AssembledLog {
  const log = new LogAssembler(limits);
  for (const { line, text: lineText } of numberedLines(text)) {
    if (lineText.trim() === '') continue;
    const parsed = parseJson(lineText);
    if (!parsed.ok) {
      throw new ImportRefusal({ at: { line }, message: `not valid JSON (${parsed.message})` });
    }
    const at = { line, index: log.count };
    log.add(cloudEventRecord(parsed.value, at), at);
  }
  return log.finish();
}
