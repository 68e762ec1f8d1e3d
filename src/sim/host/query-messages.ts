import type { HostQueryKind } from './query-request';

/** The query command's messages, in one place (they reach people through snapshots). */
export const queryMessages = {
  nothingLoaded: 'Cannot query: no scenario is loaded',
  missingParam: (query: HostQueryKind, param: string) => `${query} needs ${param}`,
  noProjection: (id: string) => `No Projection component "${id}" in this scenario`,
  wrongProjection: (name: string, keeps: string, query: HostQueryKind, needs: string) =>
    `${name} keeps the ${keeps} read model; ${query} needs an ${needs} projection`,
  noMatchingProjection: (query: HostQueryKind, needs: string) =>
    `No ${needs} projection in this scenario to answer ${query}`,
  projectionDown: (name: string) => `${name} is down: the answer is its model as it stopped`,
  pausedWhileStale:
    'The simulation is paused, so the projection cannot catch up: run it to read your writes',
  gaveUp: (waitedMs: number) =>
    `Gave up after waiting ${waitedMs} ms of virtual time for the projection to catch up`,
  reset: 'The run was reset before the projection caught up',
} as const;
