import { axisTicks, type TimeWindow } from './timeline-geometry';

/** The virtual-time axis over the tracks: ticks in seconds. */
export function TimeAxis({ range }: { range: TimeWindow }) {
  return (
    <div className="timeline-axis" aria-hidden="true">
      <div className="timeline-axis__label">Virtual time</div>
      <div className="timeline-axis__ticks">
        {axisTicks(range).map((tick) => (
          <span key={tick.ms} className="timeline-axis__tick" style={{ left: `${tick.left}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <div className="timeline-axis__next">Next steps</div>
    </div>
  );
}
