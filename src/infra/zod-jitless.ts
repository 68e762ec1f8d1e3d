import { z } from 'zod';

// Imported first by every entry point (the page and the engine worker). Zod's fast path compiles parsers with `new Function`,
// which the Content-Security-Policy (no 'unsafe-eval') forbids; jitless mode never tries it,
// so no CSP violation is even reported.
z.config({ jitless: true });
