import { ScenarioIcon } from './control-icons';
import { MenuButton } from './MenuButton';

/** The Scenario menu (its items, which ask before replacing work: scenario-menu-actions.ts). */
export function ScenarioMenu() {
  return <MenuButton menu="Scenario" icon={<ScenarioIcon />} />;
}
