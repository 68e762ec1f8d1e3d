import { ActionButton } from '../actions/ActionButton';
import { appActions } from '../actions/app-actions';
import { PauseIcon, PlayIcon, ResetIcon, StepIcon } from './control-icons';

/** Run, Pause, Step and Reset, enabled according to the run's status (see the actions table). */
export function RunControls() {
  return (
    <div className="toolbar__group">
      <ActionButton
        action={appActions.run}
        icon={<PlayIcon />}
        className="button button--primary"
      />
      <ActionButton action={appActions.pause} icon={<PauseIcon />} />
      <ActionButton action={appActions.step} icon={<StepIcon />} />
      <ActionButton action={appActions.reset} icon={<ResetIcon />} />
    </div>
  );
}
