import { useMemo } from 'react';
import { useEventfoldStore } from '../../state/store';
import { ScenarioIcon } from './control-icons';
import { MenuButton, type MenuItem } from './MenuButton';

/** The Scenario menu: "New" empties the canvas, "Load example" opens the order saga example. */
export function ScenarioMenu() {
  const newScenario = useEventfoldStore((state) => state.newScenario);
  const loadExample = useEventfoldStore((state) => state.loadExample);
  const items = useMemo<MenuItem[]>(
    () => [
      { label: 'New', description: 'Start from an empty canvas', onSelect: newScenario },
      {
        label: 'Load example',
        description: 'Open the order saga example',
        onSelect: () => void loadExample(),
      },
    ],
    [newScenario, loadExample],
  );
  return <MenuButton label="Scenario" icon={<ScenarioIcon />} items={items} />;
}
