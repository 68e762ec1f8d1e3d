import { vi } from 'vitest';
import type { TransferActions } from '../../src/state/transfer/transfer-store';

/** Transfer actions that only record their calls, for menus and buttons to be wired to. */
export function fakeTransferActions(): TransferActions {
  return {
    exportLog: vi.fn(async () => {}),
    exportScenario: vi.fn(async () => {}),
    exportCanvas: vi.fn(async () => {}),
    exportChartData: vi.fn(),
    copyShareLink: vi.fn(async () => {}),
    importFile: vi.fn(async () => {}),
  };
}
