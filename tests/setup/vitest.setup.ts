// Shared by every Vitest project file. Browser-ish stubs live in component.setup.ts, which
// component tests import themselves (they run in jsdom via a per-file environment comment).
import 'fake-indexeddb/auto';
