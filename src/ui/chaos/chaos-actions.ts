import { parseFaultSpec } from '../../sim/host/fault-spec';
import { componentKindAliases } from '../../sim/host/fault-target';
import {
  type ComponentKind,
  componentKindInfo,
  isComponentKind,
} from '../../sim/scenario/component-kinds';
import type { EventfoldState } from '../../state/eventfold-state';
import { type AppAction, availableUnless } from '../actions/app-action';

/** The component kind a fault spec's target names (`bus` is the Event Bus). */
function kindOf(label: string, component: string): ComponentKind {
  const kind = componentKindAliases[component] ?? component;
  if (!isComponentKind(kind)) throw new Error(`Chaos action "${label}": no kind "${kind}"`);
  return kind;
}

/**
 * A named one-click fault (in fault-spec syntax, for `seconds`) against the first component of
 * its kind on the canvas. Built-in specs are parsed here: a typo is a bug, so it fails loudly at
 * start-up.
 */
function chaosAction(label: string, description: string, spec: string, seconds: number): AppAction {
  const parsed = parseFaultSpec(spec);
  if (!parsed.ok) throw new Error(`Chaos action "${label}": ${parsed.error}`);
  const { setting, value, component } = parsed.spec;
  const kind = kindOf(label, component);
  const target = (state: EventfoldState) => state.nodes.find((node) => node.data.kind === kind);
  return {
    label,
    description,
    shortcuts: [],
    menu: 'Chaos',
    ...availableUnless((state) => {
      if (state.engine === null) return 'The simulation is not ready yet';
      return target(state) ? null : `No ${componentKindInfo[kind].label} on the canvas`;
    }),
    perform: (state) => {
      const node = target(state);
      if (!node) return;
      const problem = state.injectTimedFault(node.id, setting, value, seconds * 1000);
      return problem
        ? { ok: false, text: `${label} failed: ${problem}` }
        : { ok: true, text: `${label} on ${node.data.name}` };
    },
  };
}

/** The Chaos menu's faults, in menu order. */
export const chaosActions = {
  paymentOutage: chaosAction(
    'Payment outage 30 s',
    'Payment is down for 30 s',
    'payment:down=true',
    30,
  ),
  slowInventory: chaosAction(
    'Slow inventory',
    'Inventory is 10x slower for 30 s',
    'inventory:slow-factor=10',
    30,
  ),
  duplicateStorm: chaosAction(
    'Duplicate storm',
    'The bus delivers half of all events twice for 20 s',
    'bus:duplicate-rate=0.5',
    20,
  ),
  consumerCrash: chaosAction(
    'Consumer crash',
    'The first consumer is down for 10 s',
    'consumer:down=true',
    10,
  ),
} satisfies Record<string, AppAction>;
