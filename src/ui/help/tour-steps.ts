import { bottomTabs } from '../panel/bottom-tabs';

/** One stop of the tour: the panel it points at (a CSS selector) and what it says about it. */
export interface TourStep {
  readonly title: string;
  readonly target: string;
  readonly text: string;
}

const tabNames = bottomTabs.map((tab) => tab.label);
const tabList = `${tabNames.slice(0, -1).join(', ')} and ${tabNames.at(-1)}`;

/** The panels in the order a first run meets them. */
export const tourSteps: readonly TourStep[] = [
  {
    title: 'Canvas',
    target: '.canvas-area',
    text: 'Your architecture. Drag from a component’s right handle to another’s left handle to connect them, select one to inspect it, and press Delete to remove what is selected.',
  },
  {
    title: 'Palette',
    target: '.palette',
    text: 'Every kind of component, grouped by role. Drag one onto the canvas, or click it (or press Enter on it) to add it in a free place in view.',
  },
  {
    title: 'Inspector',
    target: '.inspector',
    text: 'The selected component: its name, its settings and the faults you can inject into it.',
  },
  {
    title: 'Run details',
    target: '.bottom-panel',
    text: `What a run produces: ${tabList}. Drag the panel’s top edge to give it more height.`,
  },
  {
    title: 'Status bar',
    target: '.status-bar',
    text: 'Whether the simulation runs, its simulated time, the events in its log, the steps run, the event rate and how much of the log is stored in this browser.',
  },
];
