/** The engine host's error messages, in one place (they reach people through snapshots). */
export const hostErrors = {
  nothingLoaded: (action: string) => `Cannot ${action}: no scenario is loaded`,
  badSpeed: (speed: unknown) => `Speed must be a number above 0 or "max", got ${String(speed)}`,
  badSeed: (seed: unknown) =>
    `Seed must be a whole number from 0 to 4294967295, got ${String(seed)}`,
  noComponent: (id: string) => `No component "${id}" in this scenario`,
  cannotRedrive: (id: string) => `Component "${id}" is not a Dead Letter Queue: nothing to redrive`,
  redriveRefused: (id: string, key: string) =>
    `Dead letter "${key}" in "${id}" was not redriven: unknown entry, queue down, or no route back`,
} as const;
