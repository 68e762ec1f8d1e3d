import type { StoreApi } from 'zustand';
import { parseImportText } from '../../sim/import/parse-import';
import { decodeShareFragment } from '../../sim/import/share-fragment';
import type { EventfoldState } from '../../state/eventfold-state';
import { useTransferStore } from '../../state/transfer/transfer-store';
import { browserShareCodec } from './share-codec';

/**
 * Decodes, validates and opens the scenario in the page's `#scenario=...` fragment, asking
 * first when `askFirst`; a damaged link is reported, never half-opened. The fragment is removed
 * so a reload does not ask again.
 */
export async function openSharedScenario(
  store: StoreApi<EventfoldState>,
  askFirst: boolean,
  confirm: (question: string) => boolean = (question) => window.confirm(question),
): Promise<void> {
  const report = (message: string) =>
    useTransferStore
      .getState()
      .finishJob({ title: 'Share link not opened', tone: 'error', message });
  let text: string | null;
  try {
    text = await decodeShareFragment(location.hash, browserShareCodec);
  } catch (error) {
    return report((error as Error).message);
  }
  if (text === null) return;
  const parsed = parseImportText(text);
  if (!parsed.ok || parsed.kind !== 'scenario') {
    return report(parsed.ok ? 'the link does not hold a scenario' : parsed.message);
  }
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (
    askFirst &&
    !confirm(`Open the shared scenario "${parsed.scenario.name}"? It replaces the current canvas.`)
  )
    return;
  store.getState().openScenario(parsed.scenario);
}
