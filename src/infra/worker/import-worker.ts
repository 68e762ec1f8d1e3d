// Web Worker entry for Import: reading and validating a file (up to 200 MB) takes seconds, so
// it happens here and the page stays responsive; Cancel terminates the worker. A worker loads
// its own copy of every module, so zod's jitless mode (CSP-safe) is switched on here too.
import '../zod-jitless';
import * as Comlink from 'comlink';
import { type ImportParse, parseImportText } from '../../sim/import/parse-import';

/** What the import worker offers the page. */
export interface ImportWorkerApi {
  parseFile(file: File): Promise<ImportParse>;
}

const api: ImportWorkerApi = {
  parseFile: async (file) => parseImportText(await file.text()),
};

Comlink.expose(api);
