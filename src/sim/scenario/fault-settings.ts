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
export type BusFaultSetting = (typeof busFaultSettings)[number];
export type FaultValue = number | boolean;

/** The faults in effect on a component, by setting, at their level; neutral settings are absent. */
export type ActiveFaults = Readonly<Partial<Record<FaultSetting, FaultValue>>>;

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
export function isBusSetting(setting: FaultSetting): setting is BusFaultSetting {
  return (busFaultSettings as readonly string[]).includes(setting);
}

/**
 * Whether a setting's level is a fault rather than its neutral value: a rate or count above 0,
 * a slow factor above 1, a latency override set (a negative one clears it), down.
 */
export function isFaultActive(setting: FaultSetting, value: FaultValue): boolean {
  if (typeof value === 'boolean') return value;
  if (setting === 'slow-factor') return value > 1;
  if (setting === 'latency-ms') return value >= 0;
  return value > 0;
}

/**
 * The faults in effect, each setting read through `levelOf` (null: the setting does not apply).
 * The engine reads its live state (configured, injected, scheduled); the page, before the engine
 * reports, a node's configuration: one rule for both, so the canvas badges every kind alike.
 */
export function activeFaults(levelOf: (setting: FaultSetting) => FaultValue | null): ActiveFaults {
  const active: Partial<Record<FaultSetting, FaultValue>> = {};
  for (const setting of faultSettings) {
    const value = levelOf(setting);
    if (value !== null && isFaultActive(setting, value)) active[setting] = value;
  }
  return active;
}
