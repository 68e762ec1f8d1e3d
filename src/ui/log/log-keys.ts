/**
 * The row a key moves the selection to, or null when the key does not move it. With nothing
 * selected, Down/Home start at the first row and Up/End at the last.
 */
export function rowIndexForKey(
  key: string,
  selected: number,
  rowCount: number,
  pageRows: number,
): number | null {
  if (rowCount === 0) return null;
  const lastRow = rowCount - 1;
  const page = Math.max(1, pageRows - 2);
  const clamp = (index: number) => Math.min(lastRow, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
      return selected < 0 ? 0 : clamp(selected + 1);
    case 'ArrowUp':
      return selected < 0 ? lastRow : clamp(selected - 1);
    case 'PageDown':
      return clamp(selected + page);
    case 'PageUp':
      return clamp(selected < 0 ? lastRow : selected - page);
    case 'Home':
      return 0;
    case 'End':
      return lastRow;
    default:
      return null;
  }
}
