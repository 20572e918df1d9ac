// zod compiles its object parsers with `new Function` when it can, and probes for that when the first object schema
// is built. The built page's Content-Security-Policy forbids eval: the parsers would fall back anyway, but the probe
// is reported as a violation. This module, imported first by json.ts (the app's first import of any schema), turns
// the compilation off in the browser before any schema exists. Node keeps it (no CSP there, and it is faster).
import { z } from "zod";

if (typeof document !== "undefined") z.config({ jitless: true });
