import { ChaosMenu } from '../chaos/ChaosMenu';
import { HelpButton } from '../help/HelpButton';
import { ExportMenu } from './ExportMenu';
import { ImportButton } from './ImportButton';
import { RunControls } from './RunControls';
import { ScenarioMenu } from './ScenarioMenu';
import { SeedInput } from './SeedInput';
import { SpeedSelect } from './SpeedSelect';

/** The simulation controls: run state, speed and seed, then the scenario and its files, then Help. */
export function Toolbar() {
  return (
    <div role="toolbar" aria-label="Simulation controls" className="toolbar">
      <RunControls />
      <span className="toolbar__divider" aria-hidden="true" />
      <div className="toolbar__group">
        <SpeedSelect />
        <SeedInput />
      </div>
      <span className="toolbar__divider" aria-hidden="true" />
      <div className="toolbar__group">
        <ScenarioMenu />
        <ExportMenu />
        <ImportButton />
        <ChaosMenu />
      </div>
      <HelpButton />
    </div>
  );
}
