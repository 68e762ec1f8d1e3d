import { streamLogExport } from '../../infra/transfer/stream-log-export';
import { TransferCancelledError } from '../../infra/transfer/transfer-cancelled';
import { compileEventFilter } from '../../sim/analysis/event-filter';
import { chartDataCsv } from '../../sim/export/chart-data-csv';
import { type LogFormat, logFormatInfo } from '../../sim/export/log-formats';
import { exportFileName } from '../../sim/import/export-file-name';
import { scenarioFileText } from '../../sim/import/scenario-file';
import { encodeShareFragment } from '../../sim/import/share-fragment';
import { loadScenario } from '../../sim/scenario/load-scenario';
import type { Scenario } from '../../sim/scenario/scenario-schema';
import { graphToScenario } from '../../state/graph/scenario-mapping';
import type { LogScope } from '../../state/transfer/transfer-store';
import { canvasImage } from './canvas-image';
import { browserShareCodec } from './share-codec';
import type { TransferDeps } from './transfer-deps';

/** Exports the stored log page by page, with progress and Cancel, then offers the download. */
export async function exportLog(deps: TransferDeps, format: LogFormat, scope: LogScope) {
  const state = deps.store.getState();
  const source = state.logSource;
  const jobs = deps.transfer.getState();
  if (!source) {
    jobs.finishJob({
      title: 'Export failed',
      tone: 'error',
      message: 'The event log is not open yet.',
    });
    return;
  }
  const info = logFormatInfo[format];
  const controller = new AbortController();
  jobs.startJob('export', `Exporting ${info.label}`, () => controller.abort());
  try {
    const include = scope === 'filtered' ? compileEventFilter(state.eventLogFilter) : undefined;
    const exported = await streamLogExport(source, {
      format,
      ...(include ? { include } : {}),
      signal: controller.signal,
      onProgress: (done, total) => deps.transfer.getState().progress(done, total),
    });
    const name = exportFileName(state.scenarioMeta.name, state.virtualTimeMs, info.extension);
    deps.download(exported.chunks, name, info.mediaType);
    jobs.finishJob(null);
  } catch (error) {
    const cancelled = error instanceof TransferCancelledError;
    jobs.finishJob({
      title: cancelled ? 'Export cancelled' : 'Export failed',
      tone: cancelled ? 'info' : 'error',
      message: cancelled ? 'Nothing was downloaded.' : (error as Error).message,
    });
  }
}

/** The canvas as a validated scenario, or a refusal naming what is wrong. */
export function currentScenario(deps: TransferDeps): Scenario | string {
  const { nodes, edges, scenarioMeta, seed } = deps.store.getState();
  const result = loadScenario(graphToScenario(nodes, edges, { ...scenarioMeta, seed }));
  return result.ok ? result.scenario : `The canvas is not a valid scenario: ${result.errors[0]}`;
}

/** Downloads the scenario JSON (versioned: components, connections, configs, layout, seed, faults). */
export async function exportScenario(deps: TransferDeps) {
  const scenario = currentScenario(deps);
  if (typeof scenario === 'string') return fail(deps, 'Export failed', scenario);
  const name = exportFileName(scenario.name, deps.store.getState().virtualTimeMs, 'json');
  deps.download([scenarioFileText(scenario)], name, 'application/json');
}

/** Copies a link carrying the compressed scenario in its fragment (never sent to a server). */
export async function copyShareLink(deps: TransferDeps) {
  const scenario = currentScenario(deps);
  if (typeof scenario === 'string') return fail(deps, 'Share link failed', scenario);
  try {
    const fragment = await encodeShareFragment(JSON.stringify(scenario), browserShareCodec);
    await deps.writeClipboard(`${deps.pageUrl()}#${fragment}`);
    deps.store.getState().showNotice('share-link', 'info', 'Share link copied to the clipboard');
  } catch (error) {
    fail(deps, 'Share link failed', `Could not copy the link: ${(error as Error).message}`);
  }
}

/** Downloads what the Charts tab draws (order statistics and operations series) as CSV. */
export function exportChartData(deps: TransferDeps) {
  const { chartSeries, scenarioMeta, virtualTimeMs } = deps.store.getState();
  const view = chartSeries.snapshot;
  if (view.statisticsSamples.length === 0 && view.operations.length === 0) {
    return fail(deps, 'Export failed', 'The charts have no data yet: run the simulation first.');
  }
  const name = exportFileName(scenarioMeta.name, virtualTimeMs, 'charts.csv');
  deps.download([chartDataCsv({ ...view, time: virtualTimeMs })], name, 'text/csv');
}

/** The canvas as an image (canvas-image.ts: drawn with no fetch, under the page's CSP). */
export async function exportCanvas(deps: TransferDeps, kind: 'png' | 'svg') {
  const canvas = document.querySelector<HTMLElement>('.react-flow');
  if (!canvas) return fail(deps, 'Export failed', 'The canvas is not on screen.');
  try {
    const blob = await canvasImage(canvas, kind);
    const { scenarioMeta, virtualTimeMs } = deps.store.getState();
    deps.download([blob], exportFileName(scenarioMeta.name, virtualTimeMs, kind), blob.type);
  } catch (error) {
    fail(deps, 'Export failed', `Could not draw the canvas: ${(error as Error).message}`);
  }
}

function fail(deps: TransferDeps, title: string, message: string): void {
  deps.transfer.getState().finishJob({ title, tone: 'error', message });
}
