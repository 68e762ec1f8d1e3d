import { memo, useId } from 'react';
import { type ComponentKind, componentKindInfo } from '../../sim/scenario/component-kinds';
import { writeDraggedKind } from './drag-data';
import { KindIcon } from './KindIcon';

interface PaletteItemProps {
  kind: ComponentKind;
  onPlace: (kind: ComponentKind) => void;
}

/**
 * One draggable component kind. Enter or a click adds it at the centre of the canvas.
 * The description is drawn over the button, not inside it: the button's visible text is then
 * exactly its accessible name (WCAG 2.5.3 "label in name"), and the description reaches
 * assistive technology once, through aria-describedby.
 */
export const PaletteItem = memo(function PaletteItem({ kind, onPlace }: PaletteItemProps) {
  const descriptionId = useId();
  const { label, category, description } = componentKindInfo[kind];
  return (
    <li className="palette-entry">
      <button
        type="button"
        className={`palette-item category-${category}`}
        draggable
        aria-label={label}
        aria-describedby={descriptionId}
        title={description}
        onDragStart={(event) => writeDraggedKind(event.dataTransfer, kind)}
        onClick={() => onPlace(kind)}
        onKeyDown={(event) => {
          // Handled on keydown (and the click suppressed) so one Enter adds exactly one node.
          if (event.key === 'Enter') {
            event.preventDefault();
            onPlace(kind);
          }
        }}
      >
        <span className="palette-item__icon">
          <KindIcon kind={kind} />
        </span>
        <span className="palette-item__text">
          <span className="palette-item__label">{label}</span>
          {/* Keeps the description's line in the button's height; the text is drawn over it. */}
          <span className="palette-item__description-slot" />
        </span>
      </button>
      <span id={descriptionId} className="palette-item__description" aria-hidden="true">
        {description}
      </span>
    </li>
  );
});
