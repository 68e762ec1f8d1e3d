import { forwardSteps, stepKinds } from '../../core/saga/order-saga-steps';
import { stepKindMeaning } from './bar-labels';

const outcomes = [
  { id: 'succeeded', label: 'succeeded' },
  { id: 'failed', label: 'failed' },
  { id: 'retried', label: 'retried' },
  { id: 'timed-out', label: 'timed out' },
  { id: 'pending', label: 'pending' },
] as const;

/** The step kinds in saga order, each tagged on its forward bars. */
const kindsInOrder = [...new Set(forwardSteps.map((step) => stepKinds[step]))];

/**
 * What the bar colours mean; compensations are the dashed bars on the lower track; each kind of
 * forward step, with its meaning (src/ui/timeline/bar-labels.ts) as the tooltip.
 */
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
      {kindsInOrder.map((kind) => (
        <li key={kind} className="timeline-legend__item" title={stepKindMeaning[kind]}>
          <span className="saga-kind">{kind}</span>
          <span className="visually-hidden">: {stepKindMeaning[kind]}</span>
        </li>
      ))}
    </ul>
  );
}
