import type { SimSpeed } from '../../sim/host/engine-host';

/** Simulation speeds offered in the toolbar: virtual seconds per wall second, or as fast as possible. */
export const speedSettings = [
  { value: '0.25', label: '0.25x' },
  { value: '1', label: '1x' },
  { value: '2', label: '2x' },
  { value: '5', label: '5x' },
  { value: '10', label: '10x' },
  { value: '100', label: '100x' },
  { value: 'max', label: 'max' },
] as const;

export type SpeedSetting = (typeof speedSettings)[number]['value'];

/** True when `value` is one of the offered speeds (e.g. a select's string value). */
export function isSpeedSetting(value: unknown): value is SpeedSetting {
  return speedSettings.some((speed) => speed.value === value);
}

/** The engine's speed for a toolbar setting: `x` means x virtual ms per wall ms. */
export function toSimSpeed(setting: SpeedSetting): SimSpeed {
  return setting === 'max' ? 'max' : Number(setting);
}
