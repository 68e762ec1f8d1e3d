import type { EventfoldState } from '../../state/eventfold-state';
import { chord, type Shortcut, space } from './shortcut';

/**
 * One thing a person can do from a toolbar button, a menu item or a key. Buttons, menu items
 * and the key handler all read the same entry, so a shortcut and the title that announces it
 * cannot drift apart.
 */
export interface AppAction {
  /** The visible text of its button or menu item (and so its accessible name). */
  readonly label: string;
  /** The title when it is more than the label; the shortcut is added to it. */
  readonly description?: string;
  /** Keys that perform it; empty for actions reached only by pointer or menu. */
  readonly shortcuts: readonly Shortcut[];
  readonly enabled: (state: EventfoldState) => boolean;
  /** Why it waits, where that is worth saying instead of the usual title. */
  readonly unavailableReason?: (state: EventfoldState) => string | null;
  readonly perform: (state: EventfoldState) => void;
}

/** A menu item that is always available and has no key. */
const menuCommand = (
  label: string,
  description: string,
  perform: AppAction['perform'],
): AppAction => ({ label, description, shortcuts: [], enabled: () => true, perform });

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
  newScenario: menuCommand('New', 'Start from an empty canvas', (state) => state.newScenario()),
  loadExample: menuCommand(
    'Load example',
    'Open the order saga example',
    (state) => void state.loadExample(),
  ),
} satisfies Record<string, AppAction>;

export type ActionId = keyof typeof appActionTable;

/** Every registered action by id; the toolbar, the menus and the key handler read it. */
export const appActions: Readonly<Record<ActionId, AppAction>> = appActionTable;
