import type { FaultInjection } from '../../sim/engine/simulation';
import {
  type FaultSetting,
  type FaultValue,
  faultSettingRanges,
  faultSettings,
  isBusSetting,
} from '../../sim/scenario/fault-settings';
import type { ComponentNodeData } from './canvas-node';

/**
 * Where a configured fault lives in a node's data. Component faults sit in `faults`; the bus's
 * duplicate/drop/reorder settings are part of its config, so a scenario keeps them either way.
 */
const faultFields: Readonly<Record<FaultSetting, { in: 'faults' | 'config'; key: string }>> = {
  'failure-rate': { in: 'faults', key: 'failureRate' },
  'fail-next': { in: 'faults', key: 'failNext' },
  'slow-factor': { in: 'faults', key: 'slowFactor' },
  down: { in: 'faults', key: 'down' },
  'latency-ms': { in: 'faults', key: 'latencyMs' },
  'duplicate-rate': { in: 'config', key: 'duplicateRate' },
  'drop-rate': { in: 'config', key: 'dropRate' },
  'reorder-jitter-ms': { in: 'config', key: 'reorderJitterMs' },
};

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
  const { min, max } = faultSettingRanges[setting];
  if (value < min) return `Must be at least ${min}`;
  if (value > max) return `Must be at most ${max}`;
  if (setting === 'fail-next' && !Number.isInteger(value)) return 'Must be a whole number';
  return null;
}

/** The configured value of a fault setting on a node (null: no latency override). */
export function configuredFault(data: ComponentNodeData, setting: FaultSetting): FaultEditValue {
  const field = faultFields[setting];
  const source: Record<string, unknown> = field.in === 'faults' ? data.faults : data.config;
  const value = source[field.key];
  return typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/** New node data with one fault setting changed (a new object, so memoised nodes re-render). */
export function withFault(
  data: ComponentNodeData,
  setting: FaultSetting,
  value: FaultEditValue,
): ComponentNodeData {
  const field = faultFields[setting];
  if (field.in === 'config') return { ...data, config: { ...data.config, [field.key]: value } };
  const faults: Record<string, unknown> = { ...data.faults, [field.key]: value };
  if (value === null) delete faults[field.key];
  return { ...data, faults: faults as ComponentNodeData['faults'] };
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
