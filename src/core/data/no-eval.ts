// zod compiles its object parsers with `new Function` when it can, and probes for that when the first object schema
// is built. The built page's Content-Security-Policy forbids eval: the parsers would fall back anyway, but the probe
// is reported as a violation. Every module that builds a schema imports this one first, so the compilation is off in
// the browser before any schema exists, however the bundler splits the modules into chunks (a chunk shared with a
// lazily loaded view ran kinds.ts before json.ts once). Node keeps it (no CSP there, and it is faster).
import { z } from "zod";

if (typeof document !== "undefined") z.config({ jitless: true });
