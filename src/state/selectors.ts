import type { EventfoldState } from './eventfold-state';
import type { CanvasNode } from './graph/canvas-node';

// Narrow selectors: each returns a primitive or an existing object, so components re-render
// only when what they show changes (zustand 5 compares with Object.is).

export const selectNodes = (state: EventfoldState) => state.nodes;
export const selectEdges = (state: EventfoldState) => state.edges;
export const selectTheme = (state: EventfoldState) => state.theme;
export const selectActiveTab = (state: EventfoldState) => state.activeTab;
export const selectRunStatus = (state: EventfoldState) => state.status;
export const selectVirtualTimeMs = (state: EventfoldState) => state.virtualTimeMs;
export const selectEventCount = (state: EventfoldState) => state.eventCount;
export const selectSpeed = (state: EventfoldState) => state.speed;
export const selectSeed = (state: EventfoldState) => state.seed;

/** The first selected node, or null. */
export const selectFirstSelectedNode = (state: EventfoldState): CanvasNode | null =>
  state.nodes.find((node) => node.selected) ?? null;

/** How many nodes are selected (the inspector shows one, or says how many). */
export const selectSelectedNodeCount = (state: EventfoldState): number =>
  state.nodes.reduce((count, node) => count + (node.selected ? 1 : 0), 0);
