import type { EventfoldState } from '../../state/eventfold-state';
import { chaosActions } from '../chaos/chaos-actions';
import { exportActions } from '../controls/export-menu-actions';
import { scenarioActions } from '../controls/scenario-menu-actions';
import type { AppAction, MenuName } from './app-action';
import { chord, questionMark, space } from './shortcut';

const canRun = (state: EventfoldState) => state.status !== 'running' && state.loaded;

// Run and Pause share Space, which toggles them: their `enabled` never hold together, so a
// press performs whichever of the two applies (the key handler takes the first enabled one).
const appActionTable = {
  run: {
    label: 'Run',
    shortcuts: [space],
    enabled: canRun,
    unavailableReason: (state) =>
      state.loaded ? null : 'Put components on the canvas to run them',
    perform: (state) => state.run(),
  },
  pause: {
    label: 'Pause',
    shortcuts: [space],
    enabled: (state) => state.status === 'running',
    perform: (state) => state.pause(),
  },
  step: {
    label: 'Step',
    description: 'Run one scheduled item, then pause',
    shortcuts: [],
    enabled: canRun,
    perform: (state) => state.step(),
  },
  reset: {
    label: 'Reset',
    description: 'Back to t = 0 with an empty log',
    shortcuts: [],
    enabled: (state) => state.status !== 'idle',
    perform: (state) => state.reset(),
  },
  undo: {
    label: 'Undo',
    description: 'Undo the last change to the canvas',
    shortcuts: [chord('z')],
    enabled: (state) => state.history.past.length > 0,
    perform: (state) => state.undo(),
  },
  redo: {
    label: 'Redo',
    description: 'Redo the canvas change just undone',
    shortcuts: [chord('z', true), chord('y')],
    enabled: (state) => state.history.future.length > 0,
    perform: (state) => state.redo(),
  },
  help: {
    label: 'Help',
    description: 'Keyboard shortcuts and a tour of the panels',
    shortcuts: [questionMark],
    enabled: () => true,
    perform: (state) => state.setHelpOpen(true),
  },
  // The Scenario, Export and Chaos items are specific to their menus: each set is written beside
  // its menu and registered here, so they stay in this one table (menus and keys read only it).
  ...scenarioActions,
  ...exportActions,
  ...chaosActions,
} satisfies Record<string, AppAction>;

export type ActionId = keyof typeof appActionTable;

/** Every registered action by id; the toolbar, the menus and the key handler read it. */
export const appActions: Readonly<Record<ActionId, AppAction>> = appActionTable;

/** A menu's items: the actions that name it, in table order. */
export const menuActions = (menu: MenuName): readonly AppAction[] =>
  Object.values(appActions).filter((action) => action.menu === menu);
