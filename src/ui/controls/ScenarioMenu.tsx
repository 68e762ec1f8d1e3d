import { appActions } from '../actions/app-actions';
import { ScenarioIcon } from './control-icons';
import { MenuButton } from './MenuButton';

const scenarioActions = [appActions.newScenario, appActions.loadExample];

/** The Scenario menu: "New" empties the canvas, "Load example" opens the order saga example. */
export function ScenarioMenu() {
  return <MenuButton label="Scenario" icon={<ScenarioIcon />} actions={scenarioActions} />;
}
