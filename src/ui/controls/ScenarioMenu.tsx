import { ScenarioIcon } from './control-icons';
import { MenuButton } from './MenuButton';

/** The Scenario menu: "New" empties the canvas, "Load example" opens the order saga example. */
export function ScenarioMenu() {
  return <MenuButton menu="Scenario" icon={<ScenarioIcon />} />;
}
