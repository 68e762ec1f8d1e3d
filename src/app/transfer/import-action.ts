import { MemoryLogSource } from '../../infra/transfer/memory-log-source';
import { oversizeProblem } from '../../sim/import/import-limits';
import { type MergedLog, mergeImportedLog } from '../../sim/import/merge-imported-log';
import type { ImportParse } from '../../sim/import/parse-import';
import { mayReplaceWorkspace } from '../../state/run/replace-workspace';
import { keepImportedLog, showImportedLog } from './imported-log-view';
import type { TransferDeps } from './transfer-deps';

/**
 * Imports a file: size check, then the whole file parsed and validated (parseImportText)
 * before anything changes. A scenario opens on the canvas (after asking, when work would be
 * lost; the canvas it replaces is one undo step). A log is shown in the panels in
 * place of the run's own (showImportedLog) and kept for the next visit; a later Run or Reset
 * puts the run's own log back (followRunLog).
 */
export async function importFile(deps: TransferDeps, file: File): Promise<void> {
  const jobs = deps.transfer.getState();
  const refuse = (message: string) =>
    jobs.finishJob({ title: `Import refused: ${file.name}`, tone: 'error', message });
  const oversize = oversizeProblem(file.size);
  if (oversize !== null) return refuse(oversize);
  const controller = new AbortController();
  jobs.startJob('import', `Importing ${file.name}`, () => controller.abort());
  let parsed: ImportParse;
  try {
    parsed = await deps.parseFile(file, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      return jobs.finishJob({
        title: 'Import cancelled',
        tone: 'info',
        message: 'Nothing was imported.',
      });
    }
    return refuse(`Could not read the file: ${(error as Error).message}\nNothing was imported.`);
  }
  if (!parsed.ok) return refuse(`${parsed.message}\nNothing was imported.`);
  const state = deps.store.getState();
  if (parsed.kind === 'scenario') {
    const replacing = `Importing the scenario "${parsed.scenario.name}"`;
    // Refused: the person chose to keep what is open, so no dialog tells them so.
    if (!mayReplaceWorkspace(state, replacing, deps.confirm)) return jobs.finishJob(null);
    state.openScenario(parsed.scenario);
    return jobs.finishJob({
      title: 'Scenario imported',
      tone: 'info',
      message: `Opened "${parsed.scenario.name}" (${parsed.scenario.components.length} components).`,
    });
  }
  // A second file joins the imported log on show (logs of several browsers studied together).
  const shown = deps.transfer.getState().importedLog;
  const current = state.logSource;
  const merged =
    shown !== null && current instanceof MemoryLogSource
      ? mergeImportedLog(current.events, parsed.events)
      : { events: parsed.events, skippedKnownIds: 0, added: parsed.events.length };
  const log = {
    fileName: shown === null ? file.name : `${shown.fileName} + ${file.name}`,
    events: merged.events,
  };
  showImportedLog(deps, log);
  const kept = await keepImportedLog(deps, log, controller);
  jobs.finishJob({
    title: 'Event log imported',
    tone: 'info',
    message: importedMessage(file.name, merged, shown !== null, parsed.renumbered, kept),
  });
}

/** What the result dialog says: counts first, then what to do next. */
function importedMessage(
  fileName: string,
  merged: MergedLog,
  joined: boolean,
  renumbered: boolean,
  kept: string,
): string {
  const count = (value: number) => value.toLocaleString('en');
  const lines = [
    joined
      ? `${count(merged.added)} events from ${fileName} were added to the imported log (now ${count(merged.events.length)} events).`
      : `${count(merged.added)} events from ${fileName} are shown in the Event log, Charts and Saga timeline.`,
  ];
  if (merged.skippedKnownIds > 0) {
    lines.push(
      `${count(merged.skippedKnownIds)} events were already there (same id) and were skipped.`,
    );
  }
  if (renumbered) lines.push('Positions were renumbered (the file had gaps: a filtered export).');
  lines.push("The simulation is paused; Run or Reset returns to the run's own log.");
  lines.push(kept);
  return lines.join('\n');
}
