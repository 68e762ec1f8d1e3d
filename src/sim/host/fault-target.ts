import type { FaultInjection } from '../engine/simulation';
import {
  type ComponentKind,
  componentKindInfo,
  isComponentKind,
} from '../scenario/component-kinds';
import { isBusSetting } from '../scenario/fault-settings';
import { type FaultSpec, faultError } from './fault-spec';

/** Short names people type for kinds whose ids are long. */
export const componentKindAliases: Readonly<Record<string, ComponentKind>> = {
  bus: 'event-bus',
  store: 'event-store',
  dlq: 'dead-letter-queue',
  orders: 'order-service',
  api: 'producer',
};

/** What resolution needs to know of a component (a scenario component or a running one). */
export interface FaultTargetCandidate {
  readonly id: string;
  readonly kind: ComponentKind;
}

export type FaultTargetResult =
  | { readonly ok: true; readonly fault: FaultInjection }
  | { readonly ok: false; readonly error: string };

/**
 * Turns a parsed spec into an injection against one scenario: COMPONENT is first a component
 * id, then a kind (or a kind alias) that exactly one component has. Bus settings apply only to
 * an Event Bus.
 */
export function resolveFaultTarget(
  spec: FaultSpec,
  components: readonly FaultTargetCandidate[],
): FaultTargetResult {
  const fail = (reason: string): FaultTargetResult => ({
    ok: false,
    error: faultError(spec.text, reason),
  });
  const target = findTarget(spec.component, components);
  if (typeof target === 'string') return fail(target);
  if (isBusSetting(spec.setting) && target.kind !== 'event-bus') {
    const label = componentKindInfo[target.kind].label;
    return fail(`${spec.setting} applies to an Event Bus, not ${label} "${target.id}"`);
  }
  const { setting, value, atMs, durationMs } = spec;
  return {
    ok: true,
    fault: {
      target: target.id,
      setting,
      value,
      ...(atMs === undefined ? {} : { atMs }),
      ...(durationMs === undefined ? {} : { durationMs }),
    },
  };
}

/** The one component `name` means, or why there is not exactly one. */
function findTarget(
  name: string,
  components: readonly FaultTargetCandidate[],
): FaultTargetCandidate | string {
  const byId = components.find((component) => component.id === name);
  if (byId) return byId;
  const kind = componentKindAliases[name] ?? (isComponentKind(name) ? name : undefined);
  const ids = components.map((component) => component.id).join(', ');
  if (!kind) return `no component "${name}" (components: ${ids || 'none'})`;
  const matches = components.filter((component) => component.kind === kind);
  if (matches.length === 1) return matches[0]!;
  const label = componentKindInfo[kind].label;
  if (matches.length === 0) return `no ${label} component (components: ${ids || 'none'})`;
  const matchIds = matches.map((component) => component.id).join(', ');
  return `"${name}" matches ${matches.length} ${label} components (${matchIds}): name one by id`;
}
