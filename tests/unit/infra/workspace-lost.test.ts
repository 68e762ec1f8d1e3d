import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  lostWorkspaceNotice,
  type MarkerStorage,
  readSavedMarker,
  SAVED_MARKER_KEY,
} from '../../../src/app/persistence/saved-marker';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { uniqueName } from './workspace-fixture';
import { openSession } from './workspace-session';

/** localStorage as the marker sees it, kept in a Map (it outlives the "page"). */
function mapStorage(): MarkerStorage & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      entries.set(key, value);
    },
  };
}

const lostText = /no longer in this browser's storage/;

/** A session that ran the example for a while and saved it (workspace, events, marker). */
async function savedRun(name: string, marker: MarkerStorage) {
  const session = await openSession(name, 20, marker);
  session.store.getState().run();
  session.tick(40);
  session.store.getState().pause();
  session.tick();
  await session.persistence.flush();
  const events = session.persistence.storage()?.archive.durablePosition ?? 0;
  session.close();
  return events;
}

const noticeTexts = (session: Awaited<ReturnType<typeof openSession>>) =>
  session.store.getState().notices.map((notice) => notice.text);

describe('given a workspace saved with a note of the save outside IndexedDB', () => {
  it('when the browser deleted the database (as Chromium does with a store it finds corrupt), then the reopened page says the saved workspace was lost, with its event count, and opens the example', async () => {
    const name = uniqueName('lost-deleted');
    const marker = mapStorage();
    const events = await savedRun(name, marker);
    expect(events).toBeGreaterThan(0);
    expect(readSavedMarker(marker)?.events).toBe(events);
    await Dexie.delete(name);

    const reopened = await openSession(name, 20, marker);
    const lost = noticeTexts(reopened).filter((text) => lostText.test(text));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain(`(at least ${events.toLocaleString('en-US')} events stored)`);
    expect(reopened.store.getState().nodes.length).toBe(14);
  });

  it('when the database still holds it, then it is restored and no loss is claimed', async () => {
    const name = uniqueName('lost-kept');
    const marker = mapStorage();
    await savedRun(name, marker);
    const reopened = await openSession(name, 20, marker);
    expect(noticeTexts(reopened).filter((text) => lostText.test(text))).toEqual([]);
    expect(reopened.store.getState().nodes.length).toBe(14);
  });

  it('when the stored workspace is there but unreadable, then only that is said (it was found, not lost)', async () => {
    const name = uniqueName('lost-unreadable');
    const marker = mapStorage();
    await savedRun(name, marker);
    const db = new EventfoldDb(name);
    await db.workspace.put({ key: 'current', value: { version: 'not a workspace' } });
    db.close();
    const reopened = await openSession(name, 20, marker);
    const texts = noticeTexts(reopened);
    expect(texts.filter((text) => lostText.test(text))).toEqual([]);
    expect(texts.some((text) => /saved workspace/i.test(text))).toBe(true);
  });
});

describe('given no note of a save (a first visit, or site data cleared)', () => {
  it('when the page opens on an empty database, then no loss is claimed', async () => {
    const marker = mapStorage();
    const session = await openSession(uniqueName('lost-first-visit'), 20, marker);
    expect(noticeTexts(session).filter((text) => lostText.test(text))).toEqual([]);
    await session.persistence.flush();
    // Saving the example notes it, so a later loss could be told.
    expect(marker.entries.has(SAVED_MARKER_KEY)).toBe(true);
  });
});

describe('lostWorkspaceNotice', () => {
  it('names the stored events when there were any, and leaves the count out when none were', () => {
    const savedAt = Date.UTC(2026, 10, 27, 10, 30);
    expect(lostWorkspaceNotice({ savedAt, events: 12345 })).toContain(
      '(at least 12,345 events stored) is no longer',
    );
    const none = lostWorkspaceNotice({ savedAt, events: 0 });
    expect(none).not.toContain('events stored');
    expect(none).toContain(new Date(savedAt).toLocaleString());
  });
});

describe('readSavedMarker', () => {
  it.each([
    ['not JSON', '{'],
    ['not an object', '42'],
    ['a negative count', '{"savedAt":1,"events":-1}'],
    ['a fractional time', '{"savedAt":1.5,"events":3}'],
    ['a missing field', '{"savedAt":1}'],
  ])('refuses %s', (_label, text) => {
    const storage = mapStorage();
    storage.entries.set(SAVED_MARKER_KEY, text);
    expect(readSavedMarker(storage)).toBeNull();
  });

  it('reads what was written, and nothing where storage throws', () => {
    const storage = mapStorage();
    storage.entries.set(SAVED_MARKER_KEY, '{"savedAt":1700000000000,"events":12}');
    expect(readSavedMarker(storage)).toEqual({ savedAt: 1700000000000, events: 12 });
    const blocked: MarkerStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readSavedMarker(blocked)).toBeNull();
  });
});
