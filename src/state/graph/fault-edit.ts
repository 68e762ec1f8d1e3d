import type { FaultInjection } from '../../sim/engine/simulation';
import { busFaultLevel } from '../../sim/faults/bus-fault-level';
import type { ComponentFaults } from '../../sim/scenario/component-configs';
import type { ComponentConfigs } from '../../sim/scenario/component-kinds';
import {
  type ActiveFaults,
  activeFaults,
  type FaultSetting,
  type FaultValue,
  faultSettingRanges,
  faultSettings,
  isBusSetting,
} from '../../sim/scenario/fault-settings';
import type { ComponentNodeData } from './canvas-node';

type EventBusConfig = ComponentConfigs['event-bus'];

/** The Event Bus config fields that fault settings edit (Pick fails to compile on a typo). */
type BusFaultField = keyof Pick<EventBusConfig, 'duplicateRate' | 'dropRate' | 'reorderJitterMs'>;

/**
 * Where a configured fault lives in a node's data. Component faults sit in `faults`; the bus's
 * duplicate/drop/reorder settings are part of its config, so a scenario keeps them either way.
 */
const faultFields: Readonly<
  Record<
    FaultSetting,
    { in: 'faults'; key: keyof ComponentFaults } | { in: 'config'; key: BusFaultField }
  >
> = {
  'failure-rate': { in: 'faults', key: 'failureRate' },
  'fail-next': { in: 'faults', key: 'failNext' },
  'slow-factor': { in: 'faults', key: 'slowFactor' },
  down: { in: 'faults', key: 'down' },
  'latency-ms': { in: 'faults', key: 'latencyMs' },
  'duplicate-rate': { in: 'config', key: 'duplicateRate' },
  'drop-rate': { in: 'config', key: 'dropRate' },
  'reorder-jitter-ms': { in: 'config', key: 'reorderJitterMs' },
};

/** The Event Bus config fields edited as faults: its Configuration form leaves them out. */
export const busConfigEditedAsFaults: readonly BusFaultField[] = faultSettings.flatMap(
  (setting) => {
    const field = faultFields[setting];
    return field.in === 'config' ? [field.key] : [];
  },
);

/** `null` clears an override; only the latency override can be cleared. */
export type FaultEditValue = FaultValue | null;

/** Why `value` cannot be set for `setting` on this node, or null when it can. */
export function faultValueProblem(
  data: ComponentNodeData,
  setting: FaultSetting,
  value: FaultEditValue,
): string | null {
  if (isBusSetting(setting) && data.kind !== 'event-bus') {
    return `${setting} applies to an Event Bus only`;
  }
  if (setting === 'down') return typeof value === 'boolean' ? null : 'down takes true or false';
  if (value === null) return setting === 'latency-ms' ? null : `${setting} needs a value`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Must be a number';
  const { min, max, integer } = faultSettingRanges[setting];
  if (value < min) return `Must be at least ${min}`;
  if (value > max) return `Must be at most ${max}`;
  if (integer && !Number.isInteger(value)) return 'Must be a whole number';
  return null;
}

/** The configured value of a fault setting on a node (null: no latency override). */
export function configuredFault(data: ComponentNodeData, setting: FaultSetting): FaultEditValue {
  const field = faultFields[setting];
  if (field.in === 'faults') return data.faults[field.key] ?? null;
  return data.kind === 'event-bus' ? data.config[field.key] : null;
}

/**
 * The faults a node's configuration puts in effect, by the engine's rule: what the canvas shows
 * until the engine reports the component (its report adds injected and scheduled faults).
 */
export function configuredFaults(data: ComponentNodeData): ActiveFaults {
  return activeFaults((setting) => {
    if (!isBusSetting(setting)) return configuredFault(data, setting);
    return data.kind === 'event-bus' ? busFaultLevel(setting, data.config, {}) : null;
  });
}

/** New node data with one fault setting changed (a new object, so memoised nodes re-render). */
export function withFault(
  data: ComponentNodeData,
  setting: FaultSetting,
  value: FaultEditValue,
): ComponentNodeData {
  const field = faultFields[setting];
  // faultValueProblem refuses a bus setting on another kind and a null for anything but the
  // latency override, so those leave the data as it is.
  if (field.in === 'config') {
    if (data.kind !== 'event-bus' || typeof value !== 'number') return data;
    return { ...data, config: { ...data.config, [field.key]: value } };
  }
  if (value !== null) return { ...data, faults: { ...data.faults, [field.key]: value } };
  if (field.key !== 'latencyMs') return data;
  const { latencyMs: _cleared, ...faults } = data.faults;
  return { ...data, faults };
}

/** The value the engine takes: a negative number clears an override (FaultState.set). */
export function engineFaultValue(value: FaultEditValue): FaultValue {
  return value === null ? -1 : value;
}

/**
 * The injections that bring a running component from `before` to `after` (used when undo or
 * redo changes configured faults, so the simulation follows the canvas).
 */
export function faultInjectionsBetween(
  id: string,
  before: ComponentNodeData,
  after: ComponentNodeData,
): FaultInjection[] {
  const injections: FaultInjection[] = [];
  for (const setting of faultSettings) {
    if (isBusSetting(setting) && after.kind !== 'event-bus') continue;
    const value = configuredFault(after, setting);
    if (value === configuredFault(before, setting)) continue;
    injections.push({ target: id, setting, value: engineFaultValue(value) });
  }
  return injections;
}
