import type { Random } from '../random/random';
import type { ComponentFaults } from '../scenario/component-configs';
import type { FaultSetting, FaultValue } from '../scenario/fault-settings';

/** Live fault settings of one component: its configured faults plus injected/scheduled ones. */
export class FaultState {
  failureRate: number;
  failNext: number;
  slowFactor: number;
  down: boolean;
  /** Overrides the component's median latency while set. */
  latencyMs: number | null = null;
  /** Bus-only overrides (duplicate/drop/reorder); undefined means "use the bus config". */
  readonly bus: { duplicateRate?: number; dropRate?: number; reorderJitterMs?: number } = {};
  private readonly listeners: Array<(setting: FaultSetting) => void> = [];

  constructor(base: ComponentFaults) {
    this.failureRate = base.failureRate;
    this.failNext = base.failNext;
    this.slowFactor = base.slowFactor;
    this.down = base.down;
    this.latencyMs = base.latencyMs ?? null;
  }

  /** Calls `listener` after every change (components react to going down or coming back). */
  onChange(listener: (setting: FaultSetting) => void): void {
    this.listeners.push(listener);
  }

  /** Current value of a setting, to restore when a timed fault ends. */
  get(setting: FaultSetting): FaultValue {
    switch (setting) {
      case 'failure-rate':
        return this.failureRate;
      case 'fail-next':
        return this.failNext;
      case 'slow-factor':
        return this.slowFactor;
      case 'down':
        return this.down;
      case 'latency-ms':
        return this.latencyMs ?? -1;
      case 'duplicate-rate':
        return this.bus.duplicateRate ?? -1;
      case 'drop-rate':
        return this.bus.dropRate ?? -1;
      case 'reorder-jitter-ms':
        return this.bus.reorderJitterMs ?? -1;
    }
  }

  /** Sets one setting (negative numbers clear an override) and tells the listeners. */
  set(setting: FaultSetting, value: FaultValue): void {
    const number = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    const override = number < 0 ? undefined : number;
    switch (setting) {
      case 'failure-rate':
        this.failureRate = number;
        break;
      case 'fail-next':
        this.failNext = Math.floor(number);
        break;
      case 'slow-factor':
        this.slowFactor = Math.max(1, number);
        break;
      case 'down':
        this.down = value === true || number >= 1;
        break;
      case 'latency-ms':
        this.latencyMs = override ?? null;
        break;
      case 'duplicate-rate':
        this.bus.duplicateRate = override;
        break;
      case 'drop-rate':
        this.bus.dropRate = override;
        break;
      case 'reorder-jitter-ms':
        this.bus.reorderJitterMs = override;
        break;
    }
    for (const listener of this.listeners) listener(setting);
  }

  /** Whether this attempt fails: "fail next N" first, then the failure rate (a seeded draw). */
  shouldFail(random: Random): boolean {
    if (this.failNext > 0) {
      this.failNext -= 1;
      return true;
    }
    return random.chance(this.failureRate);
  }
}
