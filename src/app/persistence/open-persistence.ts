import { DexieWorkspaceStore } from '../../infra/workspace/dexie-workspace-store';
import type { EngineArchive, PageArchive } from '../../infra/workspace/engine-archive';
import type { EventArchive, WorkspaceStore } from '../../state/persistence/persistence-ports';
import {
  parseSavedWorkspace,
  type SavedWorkspace,
  type WorkspaceDraft,
} from '../../state/persistence/saved-workspace';

export interface OpenedStorage {
  readonly archive: PageArchive;
  readonly workspaces: DexieWorkspaceStore<WorkspaceDraft, SavedWorkspace>;
}

/** The adapters through the ports the state layer defines (which this checks at compile time). */
export function asPorts(storage: OpenedStorage): {
  readonly archive: EventArchive;
  readonly workspaces: WorkspaceStore;
} {
  return storage;
}

export type StorageOpening =
  | ({ readonly ok: true } & OpenedStorage)
  | { readonly ok: false; readonly error: unknown };

/** Opens the event archive and the workspace store on one database; either both or neither. */
export async function openStorage(
  engineArchive: EngineArchive,
  name: string | undefined,
  onIgnoredWorkspace: (reason: string) => void,
): Promise<StorageOpening> {
  const [archive, workspaces] = await Promise.allSettled([
    engineArchive.open(name),
    DexieWorkspaceStore.open<WorkspaceDraft, SavedWorkspace>({
      name,
      parse: parseSavedWorkspace,
      onIgnored: onIgnoredWorkspace,
    }),
  ]);
  if (archive.status === 'fulfilled' && workspaces.status === 'fulfilled') {
    return { ok: true, archive: archive.value, workspaces: workspaces.value };
  }
  if (archive.status === 'fulfilled') archive.value.close();
  if (workspaces.status === 'fulfilled') workspaces.value.close();
  const failed = archive.status === 'rejected' ? archive : workspaces;
  return { ok: false, error: failed.status === 'rejected' ? failed.reason : undefined };
}
