import { useId } from 'react';
import type { TimelineZoom } from '../../state/timeline/timeline-slice';

const followSeconds = [10, 30, 60, 300] as const;

function zoomValue(zoom: TimelineZoom): string {
  return zoom.kind === 'fit' ? 'fit' : String(zoom.seconds);
}

interface ZoomSelectProps {
  value: TimelineZoom;
  onChange: (zoom: TimelineZoom) => void;
}

/** The time axis zoom: the whole run, or follow the last N seconds of virtual time. */
export function ZoomSelect({ value, onChange }: ZoomSelectProps) {
  const id = useId();
  return (
    <span className="timeline-zoom">
      <label htmlFor={id}>Time zoom</label>
      <select
        id={id}
        value={zoomValue(value)}
        onChange={(event) => {
          const chosen = event.target.value;
          onChange(
            chosen === 'fit' ? { kind: 'fit' } : { kind: 'follow', seconds: Number(chosen) },
          );
        }}
      >
        <option value="fit">Fit all</option>
        {followSeconds.map((seconds) => (
          <option key={seconds} value={seconds}>
            Last {seconds} s
          </option>
        ))}
      </select>
    </span>
  );
}
