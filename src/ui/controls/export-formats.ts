/** What the Export menu offers (design.md: "Names people and automated checks find things by"). */
export const exportFormats = ['CloudEvents JSON', 'NDJSON', 'CSV', 'Scenario'] as const;

/** Why the formats are disabled until export is wired to a run's log. */
export const exportUnavailableReason = 'Available once a run has events';
