// @vitest-environment jsdom
import '../setup/component.setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../src/app/transfer/import-action';
import type { TransferDeps } from '../../src/app/transfer/transfer-deps';
import { formatLog } from '../../src/sim/export/log-writer';
import { parseImportText } from '../../src/sim/import/parse-import';
import { scenarioFileText } from '../../src/sim/import/scenario-file';
import { useEventfoldStore } from '../../src/state/store';
import { useTransferStore } from '../../src/state/transfer/transfer-store';
import { ExportMenu } from '../../src/ui/controls/ExportMenu';
import { ImportButton } from '../../src/ui/controls/ImportButton';
import { fakeTransferActions } from '../support/fake-transfer-actions';
import { MemoryImportedLogKeeper } from '../support/memory-imported-log-keeper';
import { sampleLog } from '../unit/sim/export/sample-log';
import { exampleScenario } from '../unit/sim/import/import-fixtures';

function renderTransfer() {
  return render(
    <>
      <ExportMenu />
      <ImportButton />
    </>,
  );
}

beforeEach(() => {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  useTransferStore.setState(useTransferStore.getInitialState(), true);
});

describe('given the Export menu wired to transfer actions', () => {
  it('when the run has no events, then log formats are disabled with a reason and nothing runs', async () => {
    const actions = fakeTransferActions();
    useTransferStore.getState().attachActions(actions);
    const user = userEvent.setup();
    renderTransfer();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'CloudEvents JSON',
      'NDJSON',
      'CSV',
      'Chart data',
      'Scenario',
      'Canvas PNG',
      'Canvas SVG',
      'Copy share link',
    ]);
    expect(items[0]!.getAttribute('aria-disabled')).toBe('true');
    expect(items[0]!.title).toBe('Available once a run has events');
    await user.click(items[0]!);
    expect(actions.exportLog).not.toHaveBeenCalled();
  });

  it('when the run has events, then choosing NDJSON exports the whole log', async () => {
    const actions = fakeTransferActions();
    useTransferStore.getState().attachActions(actions);
    useEventfoldStore.setState({ eventCount: 12 });
    const user = userEvent.setup();
    renderTransfer();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'NDJSON' }));
    expect(actions.exportLog).toHaveBeenCalledWith('ndjson', 'all');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Chart data' }));
    expect(actions.exportChartData).toHaveBeenCalledTimes(1);
  });

  it('when an export runs, then a progress bar and Cancel are shown, and Cancel reaches the job', async () => {
    const cancel = vi.fn();
    useTransferStore.getState().startJob('export', 'Exporting CSV', cancel);
    useTransferStore.getState().progress(500, 2000);
    const user = userEvent.setup();
    renderTransfer();
    const bar = screen.getByRole('progressbar', { name: 'Exporting CSV progress' });
    expect(bar.getAttribute('value')).toBe('500');
    expect(screen.getByText('500 of 2,000 (25%)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
  });
});

/** Transfer deps that parse in-process (the app parses in a worker). */
function importDeps(parseFile?: TransferDeps['parseFile']): TransferDeps {
  return {
    store: useEventfoldStore,
    transfer: useTransferStore,
    download: vi.fn(),
    writeClipboard: vi.fn(async () => {}),
    pageUrl: () => 'http://localhost/',
    parseFile: parseFile ?? (async (file) => parseImportText(await file.text())),
    keeper: new MemoryImportedLogKeeper(),
    confirm: () => true,
  };
}

describe('given the Import button', () => {
  it('when a file is chosen, then it goes to the import action', async () => {
    const actions = fakeTransferActions();
    useTransferStore.getState().attachActions(actions);
    const user = userEvent.setup();
    renderTransfer();
    const file = new File(['{}'], 'log.ndjson');
    await user.upload(screen.getByLabelText('Import'), file);
    expect(actions.importFile).toHaveBeenCalledWith(file);
  });

  it('when a hostile file is imported, then it is refused with line and field, shown as text, and the log is unchanged', async () => {
    const deps = importDeps();
    const lines = formatLog('ndjson', sampleLog()).split('\n');
    lines[1] = lines[1]!.replace(
      '"type":"order.confirmed"',
      '"type":"<img src=x onerror=alert(1)>"',
    );
    const before = useEventfoldStore.getState().logSource;
    renderTransfer();
    await importFile(deps, new File([lines.join('\n')], 'evil.ndjson'));
    const dialog = await screen.findByRole('dialog', { name: 'Import refused: evil.ndjson' });
    expect(dialog.textContent).toContain(
      'line 2 (event [1]), field "type": must be dotted lowercase',
    );
    expect(dialog.querySelector('img')).toBeNull();
    expect(useEventfoldStore.getState().logSource).toBe(before);
  });

  it('when a scenario import over work is refused, then nothing changes and nothing is reported; accepted, it opens', async () => {
    const example = exampleScenario();
    useEventfoldStore.getState().openScenario(example);
    const confirm = vi.fn(() => false);
    const deps = { ...importDeps(), confirm };
    renderTransfer();
    const file = new File([scenarioFileText({ ...example, name: 'Other' })], 'other.json');
    await importFile(deps, file);
    expect(confirm).toHaveBeenCalledWith(
      expect.stringContaining(
        'Importing the scenario "Other" replaces what is open: 14 components will be discarded.',
      ),
    );
    expect(useEventfoldStore.getState().scenarioMeta.name).toBe(example.name);
    expect(useTransferStore.getState().job).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();

    confirm.mockReturnValue(true);
    await importFile(deps, file);
    expect(useEventfoldStore.getState().scenarioMeta.name).toBe('Other');
    expect(await screen.findByRole('dialog', { name: 'Scenario imported' })).toBeTruthy();
  });

  it("when a valid log is imported, then the panels' log source serves the imported events", async () => {
    const deps = importDeps();
    const events = sampleLog();
    renderTransfer();
    await importFile(deps, new File([formatLog('csv', events)], 'log.csv'));
    const source = useEventfoldStore.getState().logSource;
    expect(await source?.head()).toBe(events.length);
    expect(await source?.readAll(1, 10)).toEqual(events);
    expect(useTransferStore.getState().importedLog).toEqual({ fileName: 'log.csv', events: 3 });
    expect(await screen.findByRole('dialog', { name: 'Event log imported' })).toBeTruthy();
  });

  it('when an import is cancelled while the file is being read, then nothing is imported and it says so', async () => {
    const deps = importDeps(
      (_file, signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new Error('stopped'))),
        ),
    );
    const before = useEventfoldStore.getState().logSource;
    const user = userEvent.setup();
    renderTransfer();
    const importing = importFile(deps, new File([formatLog('csv', sampleLog())], 'big.csv'));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await importing;
    const dialog = await screen.findByRole('dialog', { name: 'Import cancelled' });
    expect(dialog.textContent).toContain('Nothing was imported.');
    expect(useEventfoldStore.getState().logSource).toBe(before);
    expect(useTransferStore.getState().importedLog).toBeNull();
  });
});
