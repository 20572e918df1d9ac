// The selection codec: every kind round-trips through its `sel=` form, today's links decode as they always did, and a
// value naming nothing (or naming a record of another kind) decodes to null.
import { describe, expect, it } from "vitest";
import {
  decodeSelection,
  encodeSelection,
  sameSelection,
  selectedEntityId,
  selectedRelationId,
  selectionLookup,
  type Selection,
} from "../../../src/core/view/selection.ts";

const kb = selectionLookup({
  entities: [
    { id: "ussr", kind: "state" },
    { id: "krushanova-2014", kind: "source" },
    { id: "interviewee-1", kind: "interviewee" },
    // Ids of opened files are free text: an entity may look like a prefixed selection, and wins.
    { id: "r:odd", kind: "group" },
    { id: "__proto__", kind: "concept" },
  ],
  relations: [{ id: "a--employs--b" }, { id: "odd" }],
  claims: [{ id: "model-1946-start" }],
  quirks: [{ id: "year-typo" }],
});

describe("encodeSelection / decodeSelection", () => {
  it.each<[string, Selection]>([
    ["ussr", { kind: "entity", id: "ussr" }],
    ["krushanova-2014", { kind: "source", id: "krushanova-2014" }],
    ["interviewee-1", { kind: "source", id: "interviewee-1" }],
    ["r:a--employs--b", { kind: "relation", id: "a--employs--b" }],
    ["c:model-1946-start", { kind: "claim", id: "model-1946-start" }],
    ["q:year-typo", { kind: "quirk", id: "year-typo" }],
    ["r:odd", { kind: "entity", id: "r:odd" }],
    ["__proto__", { kind: "entity", id: "__proto__" }],
  ])("sel=%s is %o and writes back the same", (text, selection) => {
    expect(decodeSelection(text, kb)).toEqual(selection);
    expect(encodeSelection(selection)).toBe(text);
  });

  it.each([
    ["an unknown entity", "nowhere"],
    ["an unknown relation", "r:x--employs--y"],
    ["a claim id with the relation prefix", "r:model-1946-start"],
    ["a relation id with the claim prefix", "c:a--employs--b"],
    ["an unknown quirk", "q:nothing"],
    ["a bare prefix", "c:"],
    ["empty", ""],
    ["an unknown prefix", "x:ussr"],
    ["an inherited name", "constructor"],
  ])("%s decodes to null", (_name, text) => {
    expect(decodeSelection(text, kb)).toBeNull();
  });
});

describe("selection helpers", () => {
  it.each<[Selection | null, string | null, string | null]>([
    [{ kind: "entity", id: "ussr" }, "ussr", null],
    [{ kind: "source", id: "krushanova-2014" }, "krushanova-2014", null],
    [{ kind: "relation", id: "a--employs--b" }, null, "a--employs--b"],
    [{ kind: "claim", id: "model-1946-start" }, null, null],
    [{ kind: "quirk", id: "year-typo" }, null, null],
    [null, null, null],
  ])("%o: entity %s, relation %s", (s, entity, relation) => {
    expect(selectedEntityId(s)).toBe(entity);
    expect(selectedRelationId(s)).toBe(relation);
  });

  it("compares selections by kind and id", () => {
    expect(sameSelection({ kind: "claim", id: "x" }, { kind: "claim", id: "x" })).toBe(true);
    expect(sameSelection({ kind: "claim", id: "x" }, { kind: "relation", id: "x" })).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(null, { kind: "claim", id: "x" })).toBe(false);
  });
});
