import { MemoryLogSource } from '../../infra/transfer/memory-log-source';
import { oversizeProblem } from '../../sim/import/import-limits';
import { parseImportText } from '../../sim/import/parse-import';
import type { EventLogSource } from '../../state/log/event-log-source';
import type { TransferDeps } from './transfer-deps';

/**
 * Imports a file: size check, then the whole file parsed and validated (parseImportText)
 * before anything changes. A scenario opens on the canvas. A log becomes an "imported run":
 * the engine pauses (an imported log has no engine state) and the panels read the imported
 * events through `logSource`, which they already watch; a later Run or Reset puts the run's
 * own log back (watchImportedRun).
 */
export async function importFile(deps: TransferDeps, file: File): Promise<void> {
  const jobs = deps.transfer.getState();
  const refuse = (message: string) =>
    jobs.finishJob({ title: `Import refused: ${file.name}`, tone: 'error', message });
  const oversize = oversizeProblem(file.size);
  if (oversize !== null) return refuse(oversize);
  let cancelled = false;
  jobs.startJob('import', `Importing ${file.name}`, () => {
    cancelled = true;
  });
  const text = await file.text();
  if (cancelled)
    return jobs.finishJob({
      title: 'Import cancelled',
      tone: 'info',
      message: 'Nothing was imported.',
    });
  const parsed = parseImportText(text);
  if (!parsed.ok) return refuse(`${parsed.message}\nNothing was imported.`);
  const state = deps.store.getState();
  if (parsed.kind === 'scenario') {
    state.openScenario(parsed.scenario);
    return jobs.finishJob({
      title: 'Scenario imported',
      tone: 'info',
      message: `Opened "${parsed.scenario.name}" (${parsed.scenario.components.length} components).`,
    });
  }
  state.pause();
  const source: EventLogSource = new MemoryLogSource(parsed.events);
  state.attachLogSource(source);
  deps.transfer.getState().setImportedLog({ fileName: file.name, events: parsed.events.length });
  const renumbered = parsed.renumbered ? ' Positions were renumbered (the file had gaps).' : '';
  jobs.finishJob({
    title: 'Event log imported',
    tone: 'info',
    message: `${parsed.events.length.toLocaleString('en')} events from ${file.name} are shown in the Event log, Charts and Saga timeline. The simulation is paused; Run or Reset returns to the run's own log.${renumbered}`,
  });
}
