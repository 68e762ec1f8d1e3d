// @vitest-environment jsdom
import '../setup/component.setup';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { storageMessages } from '../../src/state/persistence/storage-status';
import { StorageBanner } from '../../src/ui/banners/StorageBanner';
import { uniqueName } from '../unit/infra/workspace-fixture';
import { openSession } from '../unit/infra/workspace-session';

describe('given a running example whose storage fills up', () => {
  it('when a write hits the quota, then the run pauses with the banner, and Resume stores everything and runs on', async () => {
    const session = await openSession(uniqueName('quota-flow'));
    render(<StorageBanner />);
    const archive = session.persistence.storage()?.archive;
    if (!archive) throw new Error('storage did not open');
    const { store } = session;
    act(() => store.getState().run());
    act(() => session.tick(10));
    await act(() => archive.whenIdle());
    const full = vi
      .spyOn(archive.db.eventBatches, 'add')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    act(() => session.tick(10));
    await act(() => archive.whenIdle());
    act(() => session.tick(2));

    expect(screen.getByRole('alert').textContent).toContain(storageMessages.quota);
    expect(store.getState().status).toBe('paused');
    const paused = store.getState().eventCount;
    expect(store.getState().durablePosition).toBeLessThan(paused);

    full.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await act(() =>
      vi.waitFor(() => {
        session.tick();
        expect(store.getState().status).toBe('running');
      }),
    );

    expect(screen.queryByRole('alert')).toBeNull();
    act(() => session.tick(4));
    await act(() => archive.whenIdle());
    expect(store.getState().durablePosition).toBeGreaterThan(paused);
    expect(await archive.count()).toBe(store.getState().durablePosition);
  });
});
