import {
  type FaultSetting,
  type FaultValue,
  faultSettingRanges,
  faultSettings,
} from '../scenario/fault-settings';

/**
 * A fault as people type it (CLI `--fault`, the chaos menu):
 * `COMPONENT:SETTING=VALUE[@START[+DURATION]]`, START and DURATION in virtual seconds, e.g.
 * `payment:failure-rate=0.5`, `inventory:latency-ms=2000`, `payment:down=true@10+30`.
 * COMPONENT is resolved against a scenario later (fault-target.ts).
 */
export interface FaultSpec {
  /** The spec as written, for error messages. */
  readonly text: string;
  /** A component id, a kind or a short alias (bus, store, dlq, orders, api). */
  readonly component: string;
  readonly setting: FaultSetting;
  readonly value: FaultValue;
  readonly atMs?: number;
  readonly durationMs?: number;
}

export type FaultSpecResult =
  | { readonly ok: true; readonly spec: FaultSpec }
  | { readonly ok: false; readonly error: string };

/** The grammar, for help texts and error messages. */
export const FAULT_SPEC_SYNTAX = 'COMPONENT:SETTING=VALUE[@START[+DURATION]]';

const SPEC_PATTERN = /^([^:]*):([^=]*)=([^@]*)(?:@([^+]*)(?:\+(.*))?)?$/;
const COMPONENT_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Parses one fault spec's syntax, setting, value range and schedule. */
export function parseFaultSpec(input: string): FaultSpecResult {
  const text = input.trim();
  const fail = (reason: string): FaultSpecResult => ({
    ok: false,
    error: faultError(text, reason),
  });
  const match = SPEC_PATTERN.exec(text);
  if (!match) return fail(`expected ${FAULT_SPEC_SYNTAX}`);
  const [, component = '', settingText = '', valueText = '', startText, durationText] = match;
  if (!COMPONENT_PATTERN.test(component)) {
    return fail(`component "${component}" must be an id or kind (lowercase letters, digits, -)`);
  }
  if (!isFaultSetting(settingText)) {
    return fail(`unknown setting "${settingText}" (settings: ${faultSettings.join(', ')})`);
  }
  const value = parseValue(settingText, valueText);
  if (typeof value === 'string') return fail(value);
  const schedule = parseSchedule(startText, durationText);
  if (typeof schedule === 'string') return fail(schedule);
  return { ok: true, spec: { text, component, setting: settingText, value, ...schedule } };
}

/** Writes a fault back in spec syntax (the inverse of parseFaultSpec, times in seconds). */
export function formatFaultSpec(fault: {
  readonly target: string;
  readonly setting: FaultSetting;
  readonly value: FaultValue;
  readonly atMs?: number;
  readonly durationMs?: number;
}): string {
  let text = `${fault.target}:${fault.setting}=${String(fault.value)}`;
  if (fault.atMs !== undefined) text += `@${fault.atMs / 1000}`;
  if (fault.atMs !== undefined && fault.durationMs !== undefined) {
    text += `+${fault.durationMs / 1000}`;
  }
  return text;
}

/** The one shape of every fault error: `bad fault "SPEC": reason`. */
export function faultError(text: string, reason: string): string {
  return `bad fault "${text}": ${reason}`;
}

function isFaultSetting(text: string): text is FaultSetting {
  return (faultSettings as readonly string[]).includes(text);
}

/** The value, or a reason it is not acceptable. */
function parseValue(setting: FaultSetting, text: string): FaultValue | string {
  if (setting === 'down') {
    if (text === 'true') return true;
    if (text === 'false') return false;
    return `down takes true or false, got "${text}"`;
  }
  const value = parseNumber(text);
  const { min, max } = faultSettingRanges[setting];
  if (value === undefined) return `${setting} takes a number from ${min} to ${max}, got "${text}"`;
  if (value < min || value > max) {
    return `${setting} must be between ${min} and ${max}, got ${text}`;
  }
  if (setting === 'fail-next' && !Number.isInteger(value)) {
    return `fail-next takes a whole number of attempts, got ${text}`;
  }
  return value;
}

function parseSchedule(
  startText: string | undefined,
  durationText: string | undefined,
): { atMs?: number; durationMs?: number } | string {
  if (startText === undefined) return {};
  const start = parseNumber(startText);
  if (start === undefined || start < 0) {
    return `start @${startText} must be a number of seconds, 0 or more`;
  }
  if (durationText === undefined) return { atMs: secondsToMs(start) };
  const duration = parseNumber(durationText);
  if (duration === undefined || duration <= 0) {
    return `duration +${durationText} must be a number of seconds above 0`;
  }
  return { atMs: secondsToMs(start), durationMs: secondsToMs(duration) };
}

/** A plain decimal number (no hex, no Infinity, no empty string), or undefined. */
function parseNumber(text: string): number | undefined {
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Seconds to ms, rounded to a microsecond so 1.1 s is 1100 ms, not 1100.0000000000002. */
function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1_000_000) / 1000;
}
