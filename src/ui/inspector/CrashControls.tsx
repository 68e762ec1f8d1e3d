import { useEventfoldStore } from '../../state/store';

interface CrashControlsProps {
  nodeId: string;
  /** Whether the component is configured down (crashed until restarted). */
  down: boolean;
}

/** Crash takes the component down until Restart; both apply to the run at once. */
export function CrashControls({ nodeId, down }: CrashControlsProps) {
  const setComponentFault = useEventfoldStore((state) => state.setComponentFault);
  return (
    <div className="inspector-actions">
      {down && <span className="inspector-actions__status">Crashed: down until Restart</span>}
      <button
        type="button"
        className="button"
        aria-pressed={down}
        onClick={() => setComponentFault(nodeId, 'down', true)}
      >
        Crash
      </button>
      {/* Enabled while up too: it also ends an outage the chaos menu started. */}
      <button
        type="button"
        className="button"
        onClick={() => setComponentFault(nodeId, 'down', false)}
      >
        Restart
      </button>
    </div>
  );
}
