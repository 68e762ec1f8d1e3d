// Bundled (IIFE) into the projection and transfer benchmark page as `globalThis.logBench`: each
// function runs one sample in the browser and returns its figures; the Node side alternates them.
import { dropBenchDb, seedBenchLog } from './bench-log-db';
import { collectGarbage } from './heap-probe';
import { rawReadAndFold, rebuildThroughFollower } from './projection-samples';
import {
  exportAllAtOnce,
  exportStreamed,
  exportToBlobPerPage,
  importOurs,
  importRaw,
  prepareRawRowsFile,
} from './transfer-samples';

const logBench = {
  seedBenchLog,
  dropBenchDb,
  collectGarbage,
  rebuildThroughFollower,
  rawReadAndFold,
  exportStreamed,
  exportAllAtOnce,
  exportToBlobPerPage,
  prepareRawRowsFile,
  importOurs,
  importRaw,
};

export type LogBenchApi = typeof logBench;
(globalThis as unknown as { logBench: LogBenchApi }).logBench = logBench;
