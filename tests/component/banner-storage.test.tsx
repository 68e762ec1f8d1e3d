// @vitest-environment jsdom
import '../setup/component.setup';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand';
import { createPersistenceSlice } from '../../src/state/persistence/persistence-slice';
import type { StateWithPersistence } from '../../src/state/persistence/persistence-store';
import {
  type StorageStatus,
  statusForStorageError,
  storageMessages,
} from '../../src/state/persistence/storage-status';
import { useEventfoldStore } from '../../src/state/store';
import { StorageBanner } from '../../src/ui/banners/StorageBanner';

const store = useEventfoldStore as unknown as StoreApi<StateWithPersistence>;

beforeEach(() => {
  store.setState(useEventfoldStore.getInitialState() as StateWithPersistence, true);
  // Composed at runtime here, as store.ts composes it, so the test does not depend on that line.
  store.setState(createPersistenceSlice(store.setState, store.getState, store));
});

function showStatus(status: StorageStatus) {
  act(() => store.getState().setStorageStatus(status));
}

describe('given the storage banner', () => {
  it('when saving is fine, then nothing is shown', () => {
    render(<StorageBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when another tab opened a newer version, then it says this tab stopped saving and offers Reload, not Resume', () => {
    render(<StorageBanner />);
    showStatus(statusForStorageError({ code: 'database-closed', reason: 'version-change' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'Eventfold was opened in a newer version in another tab, so this tab stopped saving. Reload to continue; everything saved so far is kept.',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('when storage is full, then Resume retries and the banner goes away', async () => {
    const retry = vi.fn();
    store.getState().attachStorageControls({ retry });
    render(<StorageBanner />);
    showStatus(statusForStorageError({ code: 'quota-exceeded' }));
    expect(screen.getByRole('alert').textContent).toContain(
      'Storage is full: the run is paused and nothing partial was saved. Free space (export and clear old runs) and press Resume.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));

    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when a write failed, then the reason is shown with Resume', () => {
    render(<StorageBanner />);
    showStatus(statusForStorageError(new Error('the disk is on fire')));
    expect(screen.getByRole('alert').textContent).toMatch(/Saving stopped.*the disk is on fire/);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('when storage is unavailable, then it says the app works unsaved, and Dismiss hides it', async () => {
    render(<StorageBanner />);
    showStatus(statusForStorageError({ code: 'database-open' }));
    expect(screen.getByRole('alert').textContent).toContain(storageMessages.unavailable);
    expect(storageMessages.unavailable).toMatch(/works but will not save/);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByRole('alert')).toBeNull();
  });
});
