import { type ComponentKind, isComponentKind } from '../sim/scenario/component-kinds';

// The component kinds are one table in the simulation (sim/scenario/component-kinds.ts). These
// two aliases remain only for state/persistence/canvas-from-saved.ts, which this change leaves
// alone; when that file imports the table's names, delete this file.

/** @deprecated Use `ComponentKind` from sim/scenario/component-kinds. */
export type ComponentKindId = ComponentKind;

/** @deprecated Use `isComponentKind` from sim/scenario/component-kinds. */
export const isComponentKindId = isComponentKind;
