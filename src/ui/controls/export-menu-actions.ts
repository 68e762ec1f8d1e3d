import { type LogFormat, logFormatInfo } from '../../sim/export/log-formats';
import type { EventfoldState } from '../../state/eventfold-state';
import type { LogScope, TransferActions, TransferState } from '../../state/transfer/transfer-store';
import { type AppAction, availableUnless } from '../actions/app-action';

/** What an export item needs before it can do anything. */
type ExportNeed = 'log' | 'scenario';

const hasFilter = (state: EventfoldState) => Object.keys(state.eventLogFilter).length > 0;

/** Why an item that needs `need` waits, or null when it can run. */
const exportWaits =
  (need: ExportNeed) =>
  (state: EventfoldState, transfer: TransferState): string | null => {
    const hasEvents =
      state.eventCount > 0 || state.durablePosition > 0 || transfer.importedLog !== null;
    if (need === 'log' && !hasEvents) return 'Available once a run has events';
    if (transfer.actions === null) return 'Export is not available in this view';
    if (transfer.job !== null) return 'Another export or import is running';
    if (need === 'scenario' && state.nodes.length === 0)
      return 'Add components to the canvas first';
    return null;
  };

/** An Export menu item: waits for what it needs, then hands over to the transfer actions. */
const exportItem = (
  label: string,
  need: ExportNeed,
  description: string,
  run: (actions: TransferActions, scope: LogScope) => Promise<void> | void,
): AppAction => ({
  label,
  description,
  shortcuts: [],
  menu: 'Export',
  ...availableUnless(exportWaits(need)),
  perform: (state, transfer) => {
    const scope = hasFilter(state) && transfer.exportFilteredOnly ? 'filtered' : 'all';
    if (transfer.actions) void run(transfer.actions, scope);
  },
});

const logItem = (format: LogFormat): AppAction => {
  const { label, extension } = logFormatInfo[format];
  const description = `Download the event log as ${label} (.${extension})`;
  return exportItem(label, 'log', description, (actions, scope) =>
    actions.exportLog(format, scope),
  );
};

/** What the Export menu offers, in menu order (log formats first: README, Export). */
export const exportActions = {
  exportJson: logItem('json'),
  exportNdjson: logItem('ndjson'),
  exportCsv: logItem('csv'),
  exportChartData: exportItem(
    'Chart data',
    'log',
    'Download what the Charts tab draws: order statistics and operations series (.csv)',
    (actions) => actions.exportChartData(),
  ),
  exportScenario: exportItem(
    'Scenario',
    'scenario',
    'Download the scenario (components, connections, configuration, layout, seed, faults)',
    (actions) => actions.exportScenario(),
  ),
  exportCanvasPng: exportItem(
    'Canvas PNG',
    'scenario',
    'Download a picture of the canvas (PNG)',
    (actions) => actions.exportCanvas('png'),
  ),
  exportCanvasSvg: exportItem(
    'Canvas SVG',
    'scenario',
    'Download a picture of the canvas (SVG)',
    (actions) => actions.exportCanvas('svg'),
  ),
  copyShareLink: exportItem(
    'Copy share link',
    'scenario',
    'Copy a link that opens this scenario (it travels inside the URL)',
    (actions) => actions.copyShareLink(),
  ),
  // Shown only while the Event log has a filter: without one it would change nothing.
  exportFilteredOnly: {
    label: 'Only what the Event log filter shows',
    description: 'Log exports write only the events the Event log filter shows',
    shortcuts: [],
    menu: 'Export',
    enabled: () => true,
    shown: hasFilter,
    checked: (_state, transfer) => transfer.exportFilteredOnly,
    perform: (_state, transfer) => transfer.toggleExportFilteredOnly(),
  },
} satisfies Record<string, AppAction>;
