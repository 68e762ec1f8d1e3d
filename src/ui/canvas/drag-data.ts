import { type ComponentKind, isComponentKind } from '../../sim/scenario/component-kinds';

/** The drag payload type for a palette item; a private MIME type so foreign drops are ignored. */
export const componentKindMimeType = 'application/x-eventfold-kind';

/** Puts a component kind on a drag (called from the palette's dragstart). */
export function writeDraggedKind(dataTransfer: DataTransfer, kind: ComponentKind): void {
  dataTransfer.setData(componentKindMimeType, kind);
  dataTransfer.effectAllowed = 'copy';
}

/** The component kind a drop carries, or null for anything else (files, text, other apps). */
export function readDraggedKind(dataTransfer: DataTransfer | null): ComponentKind | null {
  const kind = dataTransfer?.getData(componentKindMimeType);
  return isComponentKind(kind) ? kind : null;
}
