import { describe, expect, it } from 'vitest';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DexieWorkspaceStore } from '../../../src/infra/workspace/dexie-workspace-store';
import {
  parseSavedWorkspace,
  type SavedWorkspace,
  WORKSPACE_VERSION,
  type WorkspaceDraft,
} from '../../../src/state/persistence/saved-workspace';
import { pipelineScenario } from '../sim/host/host-fixtures';
import { closeAfterTest, uniqueName } from './workspace-fixture';

const draft: WorkspaceDraft = {
  version: WORKSPACE_VERSION,
  scenario: pipelineScenario() as unknown as Record<string, unknown>,
  settings: { speed: '5', seed: 7, theme: 'dark', activeTab: 'charts' },
  run: {
    scenario: pipelineScenario(),
    seed: 7,
    journal: [
      {
        step: 12,
        timeMs: 480,
        command: { type: 'fault', fault: { target: 'orders', setting: 'down', value: true } },
      },
    ],
    steps: 40,
    timeMs: 1500,
    runId: 3,
  },
};

async function openWorkspaces(label: string) {
  const name = uniqueName(label);
  const ignored: string[] = [];
  const workspaces = await DexieWorkspaceStore.open<WorkspaceDraft, SavedWorkspace>({
    db: new EventfoldDb(name),
    parse: parseSavedWorkspace,
    onIgnored: (reason) => ignored.push(reason),
    now: () => 1_700_000_000_000,
  });
  closeAfterTest(() => workspaces.close());
  /** Writes a raw value under the workspace key, as a damaged or future save would. */
  const putRaw = async (value: unknown) => {
    const db = new EventfoldDb(name);
    await db.workspace.put({ key: 'current', value });
    db.close();
  };
  return { workspaces, ignored, putRaw };
}

describe('given the workspace store', () => {
  it('when a workspace is saved and loaded, then it comes back whole, stamped with when it was saved', async () => {
    const { workspaces, ignored } = await openWorkspaces('round-trip');
    expect(await workspaces.load()).toBeNull();

    await workspaces.save(draft);

    expect(await workspaces.load()).toEqual({ ...draft, savedAt: 1_700_000_000_000 });
    expect(ignored).toEqual([]);
  });

  it('when it is cleared, then nothing loads', async () => {
    const { workspaces } = await openWorkspaces('clear');
    await workspaces.save(draft);
    await workspaces.clear();
    expect(await workspaces.load()).toBeNull();
  });

  it('when the saved value is damaged, then it is ignored with the reason, not thrown', async () => {
    const { workspaces, ignored, putRaw } = await openWorkspaces('damaged');
    await putRaw({ ...draft, savedAt: 1, settings: { ...draft.settings, speed: 'warp' } });

    expect(await workspaces.load()).toBeNull();
    expect(ignored).toEqual(['it is damaged (settings.speed: is not an offered speed)']);
  });

  it('when it was saved by a newer version, then it is ignored and the notice says why', async () => {
    const { workspaces, ignored, putRaw } = await openWorkspaces('newer');
    await putRaw({ ...draft, savedAt: 1, version: WORKSPACE_VERSION + 1, somethingNew: true });

    expect(await workspaces.load()).toBeNull();
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(/saved by a newer version of Eventfold \(workspace format 2/);
  });

  it('when the stored value is not even an object, then it is ignored', async () => {
    const { workspaces, ignored, putRaw } = await openWorkspaces('garbage');
    await putRaw('not a workspace');
    expect(await workspaces.load()).toBeNull();
    expect(ignored[0]).toMatch(/^it is damaged/);
  });
});
