import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ChevronDownIcon, DownloadIcon } from './control-icons';
import { exportFormats, exportUnavailableReason } from './export-formats';

/** The Export menu button (WAI-ARIA menu button pattern: arrows move, Escape closes). */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const reasonId = useId();
  const anchorRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

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
    const moves: Record<string, number> = {
      ArrowDown: (current + 1) % items.length,
      ArrowUp: (current - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      items[target]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

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
      <span id={reasonId} hidden>
        {exportUnavailableReason}
      </span>
      {open && (
        <div id={menuId} role="menu" aria-label="Export" className="menu" onKeyDown={onMenuKeyDown}>
          {exportFormats.map((format, index) => (
            <button
              key={format}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              className="menu__item"
              tabIndex={-1}
              aria-disabled="true"
              aria-describedby={reasonId}
              title={exportUnavailableReason}
            >
              {format}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
