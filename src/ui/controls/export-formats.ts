import { logFormatInfo } from '../../sim/export/log-formats';
import type { LogScope, TransferActions } from '../../state/transfer/transfer-store';

/** What an export item needs before it can do anything. */
export type ExportNeed = 'log' | 'scenario';

export interface ExportItem {
  readonly label: string;
  readonly needs: ExportNeed;
  readonly description: string;
  readonly perform: (actions: TransferActions, scope: LogScope) => Promise<void>;
}

/** What the Export menu offers ("CloudEvents JSON", "NDJSON", "CSV", "Scenario" first: README, Export). */
export const exportItems: readonly ExportItem[] = [
  ...(['json', 'ndjson', 'csv'] as const).map(
    (format): ExportItem => ({
      label: logFormatInfo[format].label,
      needs: 'log',
      description: `Download the event log as ${logFormatInfo[format].label} (.${logFormatInfo[format].extension})`,
      perform: (actions, scope) => actions.exportLog(format, scope),
    }),
  ),
  {
    label: 'Chart data',
    needs: 'log',
    description:
      'Download what the Charts tab draws: order statistics and operations series (.csv)',
    perform: async (actions) => actions.exportChartData(),
  },
  {
    label: 'Scenario',
    needs: 'scenario',
    description:
      'Download the scenario (components, connections, configuration, layout, seed, faults)',
    perform: (actions) => actions.exportScenario(),
  },
  {
    label: 'Canvas PNG',
    needs: 'scenario',
    description: 'Download a picture of the canvas (PNG)',
    perform: (actions) => actions.exportCanvas('png'),
  },
  {
    label: 'Canvas SVG',
    needs: 'scenario',
    description: 'Download a picture of the canvas (SVG)',
    perform: (actions) => actions.exportCanvas('svg'),
  },
  {
    label: 'Copy share link',
    needs: 'scenario',
    description: 'Copy a link that opens this scenario (it travels inside the URL)',
    perform: (actions) => actions.copyShareLink(),
  },
];

/** The labels, in menu order. */
export const exportFormats = exportItems.map((item) => item.label);

/** Why an item is disabled, or null when it can run. */
export function exportUnavailable(
  item: ExportItem,
  context: {
    readonly wired: boolean;
    readonly hasEvents: boolean;
    readonly hasComponents: boolean;
    readonly busy: boolean;
  },
): string | null {
  if (item.needs === 'log' && !context.hasEvents) return 'Available once a run has events';
  if (!context.wired) return 'Export is not available in this view';
  if (context.busy) return 'Another export or import is running';
  if (item.needs === 'scenario' && !context.hasComponents)
    return 'Add components to the canvas first';
  return null;
}

/** Kept for callers of the old name: the reason log items show before a run has events. */
export const exportUnavailableReason = 'Available once a run has events';
