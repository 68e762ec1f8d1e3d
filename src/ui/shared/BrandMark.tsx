/** The Eventfold glyph (same drawing as the favicon): a stream of events folding back. */
export function BrandMark() {
  return (
    <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path
        d="M8 10h12a5 5 0 0 1 0 10h-8m3-4-4 4 4 4"
        fill="none"
        stroke="var(--accent-contrast)"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
