// Search: fuzzy, accent-insensitive, over labels, aliases and descriptions, exact names first.
import { describe, expect, it } from "vitest";
import type { KbEntity } from "../../src/core/build.ts";
import { createSearch, fold } from "../../src/core/search.ts";

const e = (id: string, label: string, aliases: string[] = [], description = "", kind = "person"): KbEntity =>
  ({ id, kind, label, aliases, description, attributes: {}, claims: [] }) as KbEntity;
const search = createSearch([
  e("bezik", "Igor Bezík"),
  e("ussr", "USSR", ["Soviet Union"], "The Soviet state", "state"),
  e("sakhalin", "Sakhalin", [], "Island in the Far East", "region"),
  e("kurils", "Kuril Islands", ["Kurils"], "Border islands", "region"),
  e("model-1946", "The 1946 model", ["1946 model"], "Recruitment for fisheries", "model"),
]);

describe("search", () => {
  it.each([
    ["accent-insensitive", "bezik", "bezik"],
    ["accented query", "Bezík", "bezik"],
    ["alias", "soviet union", "ussr"],
    ["prefix", "sakh", "sakhalin"],
    ["typo", "sakalin", "sakhalin"],
    ["description word", "fisheries", "model-1946"],
    ["exact alias first", "Kurils", "kurils"],
  ])("%s: %s → %s", (_n, q, id) => {
    expect(search.search(q)[0]?.id).toBe(id);
  });
  it("returns the kind with each hit and nothing for an empty query", () => {
    expect(search.search("ussr")[0].kind).toBe("state");
    expect(search.search("   ")).toEqual([]);
  });
  it("fold strips accents and case", () => {
    expect(fold("Bezík ÉÀ")).toBe("bezik ea");
  });
});
