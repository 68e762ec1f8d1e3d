const outcomes = [
  { id: 'succeeded', label: 'succeeded' },
  { id: 'failed', label: 'failed' },
  { id: 'retried', label: 'retried' },
  { id: 'timed-out', label: 'timed out' },
  { id: 'pending', label: 'pending' },
] as const;

/** What the bar colours mean; compensations are the dashed bars on the lower track. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className="timeline-legend__item">
          <span className={`timeline-legend__swatch saga-bar--${outcome.id}`} aria-hidden="true" />
          {outcome.label}
        </li>
      ))}
      <li className="timeline-legend__item">
        <span
          className="timeline-legend__swatch timeline-legend__swatch--undo"
          aria-hidden="true"
        />
        compensation (↩ undoes)
      </li>
    </ul>
  );
}
