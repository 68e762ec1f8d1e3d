import type { EventfoldState } from '../../state/eventfold-state';
import { mayReplaceWorkspace } from '../../state/run/replace-workspace';
import type { AppAction } from '../actions/app-action';

/**
 * A Scenario menu item: always available, no key. Each replaces what is open, so it asks first
 * when that would lose work (the browser's confirm: it says what is lost, and it is modal,
 * so nothing changes underneath while it waits); the canvas it replaces is one undo step.
 */
const scenarioItem = (
  label: string,
  description: string,
  open: (state: EventfoldState) => void,
): AppAction => ({
  label,
  description,
  shortcuts: [],
  menu: 'Scenario',
  enabled: () => true,
  perform: (state) => {
    if (mayReplaceWorkspace(state, label, (question) => window.confirm(question))) open(state);
  },
});

/** What the Scenario menu offers, in menu order. */
export const scenarioActions = {
  newScenario: scenarioItem('New', 'Start from an empty canvas', (state) => state.newScenario()),
  loadExample: scenarioItem(
    'Load example',
    'Open the order saga example',
    (state) => void state.loadExample(),
  ),
} satisfies Record<string, AppAction>;
