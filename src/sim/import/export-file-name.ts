/**
 * The download's name: the scenario's name as a slug, then the virtual time it reached
 * (`order-saga_t0h05m30s.ndjson`), so exports of one scenario at different moments sort and
 * never collide.
 */
export function exportFileName(scenarioName: string, virtualTimeMs: number, extension: string) {
  const slug =
    scenarioName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'eventfold';
  const totalSeconds = Math.max(0, Math.floor(virtualTimeMs / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${slug}_t${hours}h${pad(minutes)}m${pad(seconds)}s.${extension}`;
}
