import { selectRunStatus } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { PauseIcon, PlayIcon, ResetIcon, StepIcon } from './control-icons';

/** Run, Pause, Step and Reset, enabled according to the run's status. */
export function RunControls() {
  const status = useEventfoldStore(selectRunStatus);
  const loaded = useEventfoldStore((state) => state.loaded);
  const run = useEventfoldStore((state) => state.run);
  const pause = useEventfoldStore((state) => state.pause);
  const step = useEventfoldStore((state) => state.step);
  const reset = useEventfoldStore((state) => state.reset);
  const running = status === 'running';

  return (
    <div className="toolbar__group">
      <button
        type="button"
        className="button button--primary"
        onClick={run}
        disabled={running || !loaded}
        title={loaded ? 'Run (Space)' : 'Put components on the canvas to run them'}
      >
        <PlayIcon />
        Run
      </button>
      <button
        type="button"
        className="button"
        onClick={pause}
        disabled={!running}
        title="Pause (Space)"
      >
        <PauseIcon />
        Pause
      </button>
      <button
        type="button"
        className="button"
        onClick={step}
        disabled={running || !loaded}
        title="Run one scheduled item, then pause"
      >
        <StepIcon />
        Step
      </button>
      <button
        type="button"
        className="button"
        onClick={reset}
        disabled={status === 'idle'}
        title="Back to t = 0 with an empty log"
      >
        <ResetIcon />
        Reset
      </button>
    </div>
  );
}
