import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { vi } from 'vitest';
import type { EngineHost, HostSnapshot, SnapshotListener } from '../../src/sim/host/engine-host';
import type { ComponentKind } from '../../src/sim/scenario/component-kinds';
import { useEventfoldStore } from '../../src/state/store';
import { useActionShortcuts } from '../../src/ui/actions/useActionShortcuts';
import { Canvas } from '../../src/ui/canvas/Canvas';
import { ChaosMenu } from '../../src/ui/chaos/ChaosMenu';
import { Inspector } from '../../src/ui/inspector/Inspector';

/** An EngineHost whose methods are spies; `emit` plays a snapshot to its subscribers. */
export function fakeEngine() {
  const listeners = new Set<SnapshotListener>();
  const engine = {
    load: vi.fn(),
    run: vi.fn(),
    pause: vi.fn(),
    step: vi.fn(),
    reset: vi.fn(),
    setSpeed: vi.fn(),
    setSeed: vi.fn(),
    injectFault: vi.fn(),
    reconfigure: vi.fn(),
    restore: vi.fn(),
    limitUnsaved: vi.fn(),
    acknowledgeSaved: vi.fn(),
    limitUnshown: vi.fn(),
    acknowledgeShown: vi.fn(),
    redrive: vi.fn(),
    requestSummary: vi.fn(),
    subscribe: vi.fn((listener: SnapshotListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    dispose: vi.fn(),
  } satisfies EngineHost;
  const emit = (snapshot: Partial<HostSnapshot>) => {
    for (const listener of listeners) listener({ ...emptySnapshot, ...snapshot });
  };
  return { engine, emit };
}

const emptySnapshot: HostSnapshot = {
  revision: 1,
  runId: 1,
  status: 'paused',
  running: false,
  speed: 1,
  seed: 42,
  scenarioName: 'test',
  time: 0,
  events: 0,
  steps: 0,
  pending: 0,
  components: [],
  newEvents: { fromPosition: 1, toPosition: 0, events: [] },
  summary: null,
  error: null,
  journal: [],
  deferredSettings: [],
  heldBySaving: false,
  heldByScreen: false,
};

/** A fresh store with the fake engine attached and these components placed, in order. */
export function freshStore(kinds: readonly ComponentKind[], engine: EngineHost | null) {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  const store = useEventfoldStore.getState();
  store.attachEngine(engine);
  const ids = kinds.map((kind, index) => store.addComponent(kind, { x: index * 260, y: 0 }));
  useEventfoldStore.getState().clearHistory();
  return ids;
}

type FlowStore = ReturnType<typeof useStoreApi>;

/** Hands React Flow's internal store to a test (to play a connection drag's states). */
function FlowStoreProbe({ onStore }: { onStore: (store: FlowStore) => void }) {
  onStore(useStoreApi());
  return null;
}

/** The app frame's shortcuts (Ctrl+Z...), which App installs. */
function ActionShortcuts() {
  useActionShortcuts();
  return null;
}

/** The canvas, the inspector and the chaos menu over the store (not the whole app frame). */
export function renderEditor() {
  let flowStore: FlowStore | null = null;
  const view = render(
    <ReactFlowProvider>
      <FlowStoreProbe
        onStore={(store) => {
          flowStore = store;
        }}
      />
      <ChaosMenu />
      <div style={{ width: 800, height: 600 }}>
        <Canvas />
      </div>
      <Inspector />
      <ActionShortcuts />
    </ReactFlowProvider>,
  );
  const flow = () => {
    if (!flowStore) throw new Error('React Flow store not rendered');
    return flowStore as FlowStore;
  };
  return { ...view, flow };
}

export const nodeById = (id: string) => {
  const node = useEventfoldStore.getState().nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

export const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });

/** The Inspector's control with this label. */
export const field = (name: string) => within(inspector()).getByLabelText(name) as HTMLInputElement;

/** The error and hint lines a control is described by, as one text. */
export const descriptionOf = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

/** Places `kinds`, selects the first, renders; returns the fake engine and the ids. */
export function inspect(...kinds: Parameters<typeof freshStore>[0]) {
  const { engine, emit } = fakeEngine();
  const ids = freshStore(kinds, engine);
  useEventfoldStore.getState().selectNode(ids[0] ?? null);
  const view = renderEditor();
  return { engine, emit, ids, view, user: userEvent.setup() };
}
