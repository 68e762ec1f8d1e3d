import { useState } from 'react';
import { useEventfoldStore } from '../../state/store';
import { useTransferStore } from '../../state/transfer/transfer-store';
import { TransferDialog } from '../transfer/TransferDialog';
import { ChevronDownIcon, DownloadIcon } from './control-icons';
import { exportItems, exportUnavailable } from './export-formats';
import { useMenuButton } from './useMenuButton';

/** The Export menu button (WAI-ARIA menu button pattern: arrows move, Escape closes). */
export function ExportMenu() {
  const { open, close, menuId, anchorRef, triggerProps, onMenuKeyDown, itemRef } = useMenuButton();
  const [filteredOnly, setFilteredOnly] = useState(false);
  const actions = useTransferStore((state) => state.actions);
  const busy = useTransferStore((state) => state.job !== null);
  const imported = useTransferStore((state) => state.importedLog !== null);
  const stored = useEventfoldStore((state) => state.eventCount > 0 || state.durablePosition > 0);
  const hasEvents = stored || imported;
  const hasComponents = useEventfoldStore((state) => state.nodes.length > 0);
  const hasFilter = useEventfoldStore((state) => Object.keys(state.eventLogFilter).length > 0);
  const context = { wired: actions !== null, hasEvents, hasComponents, busy };

  const scope = hasFilter && filteredOnly ? 'filtered' : 'all';
  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button {...triggerProps}>
        <DownloadIcon />
        Export
        <ChevronDownIcon />
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label="Export" className="menu" onKeyDown={onMenuKeyDown}>
          {exportItems.map((item, index) => {
            const reason = exportUnavailable(item, context);
            return (
              <button
                key={item.label}
                ref={itemRef(index)}
                type="button"
                role="menuitem"
                className="menu__item"
                tabIndex={-1}
                aria-disabled={reason !== null}
                title={reason ?? item.description}
                onClick={() => {
                  if (reason !== null || !actions) return;
                  close();
                  void item.perform(actions, scope);
                }}
              >
                {item.label}
              </button>
            );
          })}
          {hasFilter && (
            <button
              ref={itemRef(exportItems.length)}
              type="button"
              role="menuitemcheckbox"
              className="menu__item"
              tabIndex={-1}
              aria-checked={filteredOnly}
              onClick={() => setFilteredOnly((only) => !only)}
            >
              Only what the Event log filter shows
            </button>
          )}
        </div>
      )}
      <TransferDialog />
    </div>
  );
}
