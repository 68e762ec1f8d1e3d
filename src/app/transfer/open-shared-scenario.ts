import { parseImportText } from '../../sim/import/parse-import';
import { decodeShareFragment } from '../../sim/import/share-fragment';
import { mayReplaceWorkspace } from '../../state/run/replace-workspace';
import { browserShareCodec } from './share-codec';
import type { TransferDeps } from './transfer-deps';

/**
 * Decodes, validates and opens the scenario in the page's `#scenario=...` fragment; with
 * `askFirst`, asks before it replaces work (the same question as the Scenario menu's). A damaged
 * link is reported, never half-opened. The fragment is removed so a reload does not ask again.
 */
export async function openSharedScenario(
  deps: Pick<TransferDeps, 'store' | 'transfer' | 'confirm'>,
  askFirst: boolean,
): Promise<void> {
  const report = (message: string) =>
    deps.transfer.getState().finishJob({ title: 'Share link not opened', tone: 'error', message });
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
  const state = deps.store.getState();
  const replacing = `Opening the shared scenario "${parsed.scenario.name}"`;
  if (askFirst && !mayReplaceWorkspace(state, replacing, deps.confirm)) return;
  state.openScenario(parsed.scenario);
}
