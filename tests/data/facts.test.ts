// Acceptance facts against the JSON export: the public sample (../shared/acceptance/facts.json) and this project's
// own facts (tests/data/facts-extra.json, same shape), each run through the public checker as CI's judge would.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeJson } from "../../src/core/formats/json.ts";
import { requireKnowledgeBase } from "../../src/node/data.ts";
import { SHARED_DIR } from "./paper.ts";
import { sharedMissing, titled } from "../shared.ts";

const SKIP = sharedMissing("acceptance/check-facts.mjs", "acceptance/facts.json");

const CHECKER = join(SHARED_DIR, "acceptance/check-facts.mjs");
const FACT_FILES = {
  "public sample (../shared/acceptance/facts.json)": join(SHARED_DIR, "acceptance/facts.json"),
  "project facts (tests/data/facts-extra.json)": join(import.meta.dirname, "facts-extra.json"),
};

const dir = mkdtempSync(join(tmpdir(), "kg-facts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(SKIP)(titled("acceptance facts", SKIP), () => {
  const exported = join(dir, "kg.json");
  writeFileSync(exported, writeJson(requireKnowledgeBase(), {}));

  for (const [name, facts] of Object.entries(FACT_FILES)) {
    it(`holds every fact of the ${name}`, () => {
      expect(existsSync(CHECKER), `the acceptance checker is missing: ${CHECKER}`).toBe(true);
      expect(existsSync(facts), `the facts file is missing: ${facts}`).toBe(true);
      const run = spawnSync(process.execPath, [CHECKER, exported, facts], { encoding: "utf8" });
      const failures = run.stdout
        .split("\n")
        .filter((l) => l.startsWith("FAIL"))
        .join("\n");
      const summary = run.stdout.trim().split("\n").at(-1);
      expect(run.status, `${summary}\n${failures}${run.stderr}`).toBe(0);
    });
  }
});
