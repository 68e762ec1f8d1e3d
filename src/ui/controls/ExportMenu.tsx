import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useEventfoldStore } from '../../state/store';
import { useTransferStore } from '../../state/transfer/transfer-store';
import { TransferDialog } from '../transfer/TransferDialog';
import { ChevronDownIcon, DownloadIcon } from './control-icons';
import { exportItems, exportUnavailable } from './export-formats';

const menuMoves = (current: number, count: number): Record<string, number> => ({
  ArrowDown: (current + 1) % count,
  ArrowUp: (current - 1 + count) % count,
  Home: 0,
  End: count - 1,
});

/** The Export menu button (WAI-ARIA menu button pattern: arrows move, Escape closes). */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [filteredOnly, setFilteredOnly] = useState(false);
  const menuId = useId();
  const anchorRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const actions = useTransferStore((state) => state.actions);
  const busy = useTransferStore((state) => state.job !== null);
  const imported = useTransferStore((state) => state.importedLog !== null);
  const stored = useEventfoldStore((state) => state.eventCount > 0 || state.durablePosition > 0);
  const hasEvents = stored || imported;
  const hasComponents = useEventfoldStore((state) => state.nodes.length > 0);
  const hasFilter = useEventfoldStore((state) => Object.keys(state.eventLogFilter).length > 0);
  const context = { wired: actions !== null, hasEvents, hasComponents, busy };

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!anchorRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemRefs.current.filter((item): item is HTMLButtonElement => item !== null);
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const target = menuMoves(current, items.length)[event.key];
    if (target !== undefined) {
      event.preventDefault();
      items[target]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') setOpen(false);
  };

  const scope = hasFilter && filteredOnly ? 'filtered' : 'all';
  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
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
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
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
              ref={(element) => {
                itemRefs.current[exportItems.length] = element;
              }}
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
