import type { Connection, Edge } from '@xyflow/react';
import { checkConnection } from '../../sim/scenario/connection-rules';
import type { CanvasNode } from './canvas-node';

export type GraphConnectionVerdict = { ok: true } | { ok: false; reason: string };

/** What a connection attempt names: React Flow passes a Connection or an existing Edge. */
type ConnectionEnds = Pick<Connection, 'source' | 'target'>;

/**
 * Decides whether a connection may be drawn on this canvas: both ends exist, it is not a loop,
 * the pair is not connected already, and the simulation's rules allow the kinds.
 */
export function checkGraphConnection(
  nodes: readonly CanvasNode[],
  edges: readonly Edge[],
  connection: ConnectionEnds,
): GraphConnectionVerdict {
  const source = nodes.find((node) => node.id === connection.source);
  const target = nodes.find((node) => node.id === connection.target);
  if (!source || !target) {
    return { ok: false, reason: 'Both ends of a connection must be components on the canvas' };
  }
  if (source.id === target.id) {
    return { ok: false, reason: `${source.data.name} cannot connect to itself` };
  }
  const duplicate = edges.some((edge) => edge.source === source.id && edge.target === target.id);
  if (duplicate) {
    return {
      ok: false,
      reason: `${source.data.name} -> ${target.data.name} is already connected`,
    };
  }
  const verdict = checkConnection(source.data.kind, target.data.kind);
  return verdict.ok ? { ok: true } : { ok: false, reason: verdict.reason };
}

// Scenario ids allow at most 64 characters (scenario-schema.ts).
const maxEdgeIdLength = 64;

/**
 * A stable, readable edge id `source-target`; `-2`, `-3`... when that id is taken (ids like
 * `a-b` + `c` and `a` + `b-c` meet), and `edge-n` when the readable one would be too long.
 */
export function nextEdgeId(source: string, target: string, edges: readonly Edge[]): string {
  const taken = new Set(edges.map((edge) => edge.id));
  const readable = `${source}-${target}`;
  const base = readable.length <= maxEdgeIdLength - 4 ? readable : 'edge';
  if (base !== 'edge' && !taken.has(base)) return base;
  let n = base === 'edge' ? 1 : 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
