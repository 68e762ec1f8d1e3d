import type { ComponentConfigs } from '../scenario/component-kinds';
import type { BusFaultSetting } from '../scenario/fault-settings';

/** Live overrides of a bus's delivery faults (FaultState.bus); undefined: the config's value. */
export type BusFaultOverrides = Readonly<{
  duplicateRate?: number;
  dropRate?: number;
  reorderJitterMs?: number;
}>;

/**
 * The level of a bus delivery fault in effect: the live override (Inspector, Chaos menu,
 * schedule) or else the config. Only an at-most-once bus loses events, so its drop rate is 0
 * otherwise, whatever is configured.
 */
export function busFaultLevel(
  setting: BusFaultSetting,
  config: ComponentConfigs['event-bus'],
  overrides: BusFaultOverrides,
): number {
  switch (setting) {
    case 'duplicate-rate':
      return overrides.duplicateRate ?? config.duplicateRate;
    case 'drop-rate':
      return config.delivery === 'at-most-once' ? (overrides.dropRate ?? config.dropRate) : 0;
    case 'reorder-jitter-ms':
      return overrides.reorderJitterMs ?? config.reorderJitterMs;
  }
}
