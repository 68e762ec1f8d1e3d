import './flow-edge.css';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import { useEventfoldStore } from '../../../state/store';
import { compactNumber } from '../nodes/compact-number';
import { edgeFlow, flowBasis } from './edge-flow';

/** Edges shorter than this carry no rate label (it would sit on the nodes); nodes show theirs. */
const minLabelledLength = 90;

/**
 * A connection that shows its traffic: still when idle; when messages move, ONE animated dashed
 * stroke whose speed and thickness step up with the rate (never an element per message), and
 * the rate per simulated second as a label where the edge's traffic is measured exactly.
 */
export const FlowEdge = memo(function FlowEdge({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  style,
}: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  const basis = useEventfoldStore((state) => flowBasis(state.edges, source, target));
  const level = useEventfoldStore(
    (state) => edgeFlow(state.metricsById, basis, source, target).level,
  );
  const rate = useEventfoldStore((state) =>
    level > 0 ? edgeFlow(state.metricsById, basis, source, target).rate : null,
  );
  const long = Math.hypot(targetX - sourceX, targetY - sourceY) >= minLabelledLength;
  const label = rate !== null && long ? `${compactNumber(rate)}/s` : null;
  return (
    <g className={`flow-edge flow-edge--level-${level}`} data-flow-level={level}>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {level > 0 && <path d={path} className="flow-edge__pulse" />}
      {label && (
        <EdgeLabelRenderer>
          <div
            className="flow-edge__label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={`${rate} messages per simulated second`}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
});
