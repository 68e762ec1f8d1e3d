/** The Event log's columns, in order (the header row and every data row share them). */
export const logColumns = [
  'Position',
  'Time (s)',
  'Type',
  'Stream',
  'Source',
  'Correlation',
] as const;

/** Row height in px: fixed, so a million rows need no measuring (24 px x 1e6 fits Chromium). */
export const LOG_ROW_HEIGHT = 24;
export const LOG_HEADER_HEIGHT = 26;
