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

/** The valid range of each setting, checked when a fault is parsed. */
export const faultSettingRanges: Readonly<Record<FaultSetting, { min: number; max: number }>> = {
  'failure-rate': { min: 0, max: 1 },
  'fail-next': { min: 0, max: 1_000_000 },
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
