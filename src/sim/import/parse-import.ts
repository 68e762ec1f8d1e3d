import type { StoredEvent } from '../../core/messages/event';
import type { LogFormat } from '../export/log-formats';
import { loadScenario } from '../scenario/load-scenario';
import type { Scenario } from '../scenario/scenario-schema';
import { detectImportFormat } from './detect-format';
import {
  defaultImportLimits,
  type ImportLimits,
  oversizeProblem,
  utf8Length,
} from './import-limits';
import { fileProblem, formatProblem, type ImportProblem, ImportRefusal } from './import-problem';
import { parseCsvLog } from './parse-csv-log';
import { parseJsonBatchLog } from './parse-json-batch';
import { parseNdjsonLog } from './parse-ndjson';
import { findForbiddenKey, lineAt, parseJson } from './safe-json';

export type ImportParse =
  | {
      readonly ok: true;
      readonly kind: 'log';
      readonly format: LogFormat;
      readonly events: StoredEvent[];
      readonly renumbered: boolean;
    }
  | { readonly ok: true; readonly kind: 'scenario'; readonly scenario: Scenario }
  | { readonly ok: false; readonly problem: ImportProblem; readonly message: string };

/**
 * Parses a whole imported file, all or nothing: the format is detected from the content,
 * every record validated, and the first problem refuses the file with its line/index and
 * field. Nothing is returned for storing unless the whole file is valid.
 */
export function parseImportText(
  text: string,
  limits: ImportLimits = defaultImportLimits,
): ImportParse {
  try {
    const oversize = oversizeProblem(utf8Length(text), limits);
    if (oversize !== null) return refuse(fileProblem(oversize));
    const format = detectImportFormat(text);
    if (format === null) {
      return refuse(
        fileProblem('not a CloudEvents JSON batch, NDJSON, Eventfold CSV or scenario file'),
      );
    }
    if (format === 'scenario') return parseScenarioFile(text);
    const log =
      format === 'csv'
        ? parseCsvLog(text, limits)
        : format === 'json'
          ? parseJsonBatchLog(text, limits)
          : parseNdjsonLog(text, limits);
    if (log.events.length === 0) return refuse(fileProblem('the file holds no events'));
    return { ok: true, kind: 'log', format, events: log.events, renumbered: log.renumbered };
  } catch (error) {
    if (error instanceof ImportRefusal) return refuse(error.problem);
    throw error;
  }
}

function parseScenarioFile(text: string): ImportParse {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const line =
      parsed.offset === undefined ? lineAt(text, text.length) : lineAt(text, parsed.offset);
    return refuse({ at: { line }, message: `scenario is not valid JSON (${parsed.message})` });
  }
  const forbidden = findForbiddenKey(parsed.value);
  if (forbidden !== null) {
    return refuse({
      at: { file: true },
      field: forbidden,
      message: 'key is not allowed (it could pollute object prototypes)',
    });
  }
  const loaded = loadScenario(parsed.value);
  if (!loaded.ok) return refuse(fileProblem(`scenario: ${loaded.errors.join('; ')}`));
  return { ok: true, kind: 'scenario', scenario: loaded.scenario };
}

function refuse(problem: ImportProblem): ImportParse {
  return { ok: false, problem, message: formatProblem(problem) };
}
