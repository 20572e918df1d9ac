// Browser-test setup: builds the production app once and serves it with `vite preview` on a free loopback port.
// Tests reach it through inject("baseURL"); Chromium is Debian's (/usr/bin/chromium), driven by playwright-core.
import { existsSync } from "node:fs";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "../../../src/node/chromium.ts";

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium) or CHROMIUM_PATH",
    );
  await build({ logLevel: "warn" });
  server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("baseURL", url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}
