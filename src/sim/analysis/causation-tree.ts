import type { StoredEvent } from '../../core/messages/event';
import { stepCommandId } from '../components/saga/saga-step-command';

/**
 * How a node hangs under its parent:
 * - `caused`: its causationId names the parent;
 * - `sent`: a saga step command, placed under the `saga.step.started` that sent it (the saga
 *   derives the command id from that event's id, so this link is exact, not guessed);
 * - `correlated`: its cause is unknown (a command whose sender the log does not record), so it
 *   hangs under the root of its correlation, which it shares;
 * - `root`: the message that started the correlation.
 */
export type CausationLink = 'root' | 'caused' | 'sent' | 'correlated';

/** A message in a causation tree. Commands are not in the log: they are synthetic nodes. */
export interface CausationNode {
  readonly id: string;
  readonly kind: 'event' | 'command';
  /** The stored event; null for a command. */
  readonly event: StoredEvent | null;
  readonly link: CausationLink;
  /** `order.placed`, or `command cmd-15` for a command. */
  readonly label: string;
  readonly children: CausationNode[];
}

/** Parent and children of every message of one or more correlations. */
export interface CausationIndex {
  readonly events: ReadonlyMap<string, StoredEvent>;
  readonly parents: ReadonlyMap<string, { readonly id: string; readonly link: CausationLink }>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Every node id (events and synthetic commands), roots included. */
  readonly nodes: ReadonlySet<string>;
}

/** Indexes the causation links among `events` (the caller fetched them by correlation id). */
export function indexCausation(events: readonly StoredEvent[]): CausationIndex {
  const ordered = [...events].sort((a, b) => a.position - b.position);
  const byId = new Map(ordered.map((event) => [event.id, event]));
  const sentBy = new Map<string, string>();
  for (const event of ordered) {
    if (event.type === 'saga.step.started') sentBy.set(stepCommandId(event.id), event.id);
  }
  const parents = new Map<string, { id: string; link: CausationLink }>();
  const children = new Map<string, string[]>();
  const nodes = new Set<string>();
  const link = (child: string, parent: string, how: CausationLink) => {
    parents.set(child, { id: parent, link: how });
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  };
  // Commands appear (in order) as the causes of the events they produced.
  const commands: { id: string; correlationId: string }[] = [];
  const addNode = (id: string, correlationId: string) => {
    if (nodes.has(id)) return;
    nodes.add(id);
    if (!byId.has(id)) commands.push({ id, correlationId });
  };
  for (const event of ordered) {
    addNode(event.id, event.correlationId);
    const cause = event.causationId;
    if (cause !== null && cause !== event.id) {
      addNode(cause, event.correlationId);
      link(event.id, cause, 'caused');
    } else if (event.id !== event.correlationId) {
      addNode(event.correlationId, event.correlationId);
      link(event.id, event.correlationId, 'correlated');
    }
  }
  for (let i = 0; i < commands.length; i++) {
    const { id, correlationId } = commands[i] as { id: string; correlationId: string };
    const sender = sentBy.get(id);
    if (sender !== undefined) link(id, sender, 'sent');
    else if (id !== correlationId) {
      addNode(correlationId, correlationId);
      link(id, correlationId, 'correlated');
    }
  }
  return { events: byId, parents, children, nodes };
}

/** The chain from the root of the correlation down to `id` (inclusive); empty for an unknown id. */
export function ancestorsOf(index: CausationIndex, id: string): CausationNode[] {
  if (!index.nodes.has(id)) return [];
  const chain: CausationNode[] = [];
  const seen = new Set<string>();
  // `seen` guards against a cycle, which only a hand-edited or corrupt imported log can contain.
  for (let at: string | undefined = id; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    chain.push(leaf(index, at));
    at = index.parents.get(at)?.id;
  }
  return chain.reverse();
}

/** The tree of everything `id` caused, recursively; null for an unknown id. */
export function descendantsOf(index: CausationIndex, id: string): CausationNode | null {
  if (!index.nodes.has(id)) return null;
  const seen = new Set<string>([id]);
  const root = leaf(index, id);
  const stack: CausationNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const childId of index.children.get(node.id) ?? []) {
      if (seen.has(childId)) continue;
      seen.add(childId);
      const child = leaf(index, childId);
      node.children.push(child);
      stack.push(child);
    }
  }
  return root;
}

/** The whole correlation as one tree, rooted at the message that started it. */
export function correlationTree(
  index: CausationIndex,
  correlationId: string,
): CausationNode | null {
  return descendantsOf(index, correlationId);
}

/**
 * The components a set of events passed through, in order of first appearance: each event's
 * source, plus the `componentId` a system event names (for "show on canvas").
 */
export function componentsOnPath(events: Iterable<StoredEvent | null>): string[] {
  const found = new Set<string>();
  for (const event of events) {
    if (!event) continue;
    found.add(event.source);
    const named = (event.data as { componentId?: unknown } | null)?.componentId;
    if (event.type.startsWith('system.') && typeof named === 'string') found.add(named);
  }
  return [...found];
}

/** Every node of a tree, depth first, parents before children. */
export function flattenTree(root: CausationNode): CausationNode[] {
  const out: CausationNode[] = [];
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push(node.children[i] as CausationNode);
  }
  return out;
}

function leaf(index: CausationIndex, id: string): CausationNode {
  const event = index.events.get(id) ?? null;
  return {
    id,
    kind: event ? 'event' : 'command',
    event,
    link: index.parents.get(id)?.link ?? 'root',
    label: event ? event.type : `command ${id}`,
    children: [],
  };
}
