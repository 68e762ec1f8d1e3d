import { describe, expect, it, vi } from 'vitest';
import { uniqueName } from '../unit/infra/workspace-fixture';
import { openSession } from '../unit/infra/workspace-session';
import { rowProblems, storedRows } from './support/store-fixtures';

const ROUNDS = 5;

/** A session's archive (fails the test when storage did not open). */
function archiveOf(session: Awaited<ReturnType<typeof openSession>>) {
  const archive = session.persistence.storage()?.archive;
  if (!archive) throw new Error('storage did not open');
  return archive;
}

describe('given a run whose log is durable beyond its last autosave when the page crashes', () => {
  it(`when the page is opened again (${ROUNDS} rounds), then every event reported saved is still stored at its position and the run continues from there`, async () => {
    const name = uniqueName('crash-restore');
    let acknowledged: Array<[number, string]> = [];
    const tally = { rounds: 0, beyondAutosave: 0, lost: 0 };
    for (let round = 1; round <= ROUNDS; round += 1) {
      const session = await openSession(name);
      const archive = archiveOf(session);
      await archive.whenIdle();
      const rows = await storedRows(archive.db);
      // Everything reported durable before the crash is stored, at the same positions.
      const restored = new Map(rows.map((row) => [row.position, row.id]));
      tally.lost += acknowledged.filter(([position, id]) => restored.get(position) !== id).length;
      expect(rowProblems(rows)).toEqual([]);
      expect(session.store.getState().eventCount).toBeGreaterThanOrEqual(acknowledged.length);

      session.store.getState().run();
      session.tick(10);
      await archive.whenIdle();
      await session.persistence.flush();
      // From here on the workspace never reaches storage: the crash comes before the next save.
      const saves = vi
        .spyOn(session.persistence.storage()!.workspaces, 'save')
        .mockResolvedValue(undefined);
      const savedAt = session.store.getState().eventCount;
      session.tick(10);
      await archive.whenIdle();
      const durable = session.store.getState().durablePosition;
      tally.beyondAutosave += durable - savedAt;
      expect(durable).toBeGreaterThan(savedAt);
      acknowledged = (await storedRows(archive.db))
        .slice(0, durable)
        .map((row) => [row.position, row.id]);
      session.close(); // no flush: the page is gone
      saves.mockRestore();
      tally.rounds += 1;
    }
    const last = await openSession(name);
    await archiveOf(last).whenIdle();
    const rows = await storedRows(archiveOf(last).db);
    const restored = new Map(rows.map((row) => [row.position, row.id]));
    tally.lost += acknowledged.filter(([position, id]) => restored.get(position) !== id).length;
    console.log(
      `[crash-restore] ${tally.rounds} crashes, ${tally.beyondAutosave} events durable beyond the last autosave in all, ${tally.lost} of them lost on restore; final log ${rows.length} events, ${rowProblems(rows).length} gaps`,
    );
    expect(tally.lost).toBe(0);
    expect(rows.length).toBeGreaterThanOrEqual(acknowledged.length);
  }, 60_000);
});
