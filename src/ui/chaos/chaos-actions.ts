import type { FaultSpec } from '../../sim/host/fault-spec';
import { parseFaultSpec } from '../../sim/host/fault-spec';
import { componentKindAliases } from '../../sim/host/fault-target';
import { type ComponentKind, componentKindInfo } from '../../sim/scenario/component-kinds';
import type { CanvasNode } from '../../state/graph/canvas-node';

/** A named one-click fault: what it does (in fault-spec syntax) and for how long. */
export interface ChaosAction {
  readonly label: string;
  readonly description: string;
  readonly spec: FaultSpec;
  /** The kind whose first component on the canvas it hits. */
  readonly kind: ComponentKind;
  readonly durationMs: number;
}

/** Parses a built-in action; a typo here is a bug, so it fails loudly at start-up. */
function chaosAction(
  label: string,
  description: string,
  spec: string,
  seconds: number,
): ChaosAction {
  const parsed = parseFaultSpec(spec);
  if (!parsed.ok) throw new Error(`Chaos action "${label}": ${parsed.error}`);
  const component = parsed.spec.component;
  const kind = componentKindAliases[component] ?? component;
  if (!(kind in componentKindInfo)) throw new Error(`Chaos action "${label}": no kind "${kind}"`);
  return {
    label,
    description,
    spec: parsed.spec,
    kind: kind as ComponentKind,
    durationMs: seconds * 1000,
  };
}

export const chaosActions: readonly ChaosAction[] = [
  chaosAction('Payment outage 30 s', 'Payment is down for 30 s', 'payment:down=true', 30),
  chaosAction('Slow inventory', 'Inventory is 10x slower for 30 s', 'inventory:slow-factor=10', 30),
  chaosAction(
    'Duplicate storm',
    'The bus delivers half of all events twice for 20 s',
    'bus:duplicate-rate=0.5',
    20,
  ),
  chaosAction('Consumer crash', 'The first consumer is down for 10 s', 'consumer:down=true', 10),
];

export type ChaosTarget =
  | { readonly ok: true; readonly node: CanvasNode }
  | { readonly ok: false; readonly reason: string };

/** The component an action hits: the first of its kind on the canvas, or why there is none. */
export function chaosTarget(action: ChaosAction, nodes: readonly CanvasNode[]): ChaosTarget {
  const node = nodes.find((candidate) => candidate.data.kind === action.kind);
  if (node) return { ok: true, node };
  return { ok: false, reason: missingKindReason(action) };
}

/** Why an action is unavailable on a canvas without its kind. */
export function missingKindReason(action: ChaosAction): string {
  return `No ${componentKindInfo[action.kind].label} on the canvas`;
}
