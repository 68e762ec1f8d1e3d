/**
 * Settings a fault can change, named as on the CLI (`payment:failure-rate=0.5`) and in scheduled
 * faults. Component settings apply to any kind; bus settings only to an Event Bus.
 */
export const componentFaultSettings = [
  'failure-rate',
  'fail-next',
  'slow-factor',
  'down',
  'latency-ms',
] as const;
export const busFaultSettings = ['duplicate-rate', 'drop-rate', 'reorder-jitter-ms'] as const;
export const faultSettings = [...componentFaultSettings, ...busFaultSettings] as const;

export type FaultSetting = (typeof faultSettings)[number];
export type FaultValue = number | boolean;

/** The valid values of a numeric setting: a range, and whole numbers only for counts. */
export interface FaultSettingRange {
  readonly min: number;
  readonly max: number;
  readonly integer?: true;
}

/**
 * The valid range of each setting, checked when a fault is parsed. Probabilities are fractions
 * here as in the scenario; the page shows and takes them in percent (src/ui/shared/percent.ts).
 */
export const faultSettingRanges: Readonly<Record<FaultSetting, FaultSettingRange>> = {
  'failure-rate': { min: 0, max: 1 },
  'fail-next': { min: 0, max: 1_000_000, integer: true },
  'slow-factor': { min: 1, max: 100 },
  down: { min: 0, max: 1 },
  'latency-ms': { min: 0, max: 86_400_000 },
  'duplicate-rate': { min: 0, max: 1 },
  'drop-rate': { min: 0, max: 1 },
  'reorder-jitter-ms': { min: 0, max: 60_000 },
};

/** True for settings only an Event Bus has. */
export function isBusSetting(setting: FaultSetting): boolean {
  return (busFaultSettings as readonly string[]).includes(setting);
}
