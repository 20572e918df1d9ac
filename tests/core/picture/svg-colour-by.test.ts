// Pictures of an opened file coloured by one of its attributes: the nodes wear their category's colour (the same
// colours the canvas gets, src/core/view/colour-by.ts) and the legend lists the attribute's categories with their
// counts instead of the kinds. Without the choice, the picture keeps the kinds' legend.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { KbEntity, KnowledgeBase } from "../../../src/core/data/build.ts";
import { renderSvg, type PictureOptions } from "../../../src/core/picture/svg.ts";
import { categoryColours } from "../../../src/core/view/colour-by.ts";
import { VIEW_DEFAULTS } from "../../../src/core/view/url-state.ts";

const N = 9;
const kb: KnowledgeBase = {
  meta: { title: "", doi: "", root: "", format: "lankov-kg", version: 1 },
  relationTypes: [{ id: "link", label: "link", inverse: "link", description: "" }],
  entities: Array.from(
    { length: N },
    (_, i) =>
      ({
        id: `n${i}`,
        kind: "other",
        label: `Node ${i}`,
        aliases: [],
        description: "",
        attributes: { community: `c${i % 3}` },
        claims: [],
      }) as unknown as KbEntity,
  ),
  relations: Array.from({ length: N - 1 }, (_, i) => ({
    id: `e${i}`,
    type: "link",
    source: `n${i + 1}`,
    target: `n${Math.floor(i / 2)}`,
    claims: [],
  })),
  claims: [],
  quirks: [],
};
const layout = Object.fromEntries(kb.entities.map((e, i): [string, [number, number]] => [e.id, [i % 3, i / 3]]));
const OPTIONS: PictureOptions = { width: 800, height: 600, legend: true, background: "white" };

function picture(colourBy: string | null) {
  const doc = new DOMParser().parseFromString(
    renderSvg(kb, layout, { ...VIEW_DEFAULTS, colourBy }, OPTIONS),
    "image/svg+xml",
  );
  const els = Array.from(doc.getElementsByTagName("*"));
  const role = (r: string) => els.filter((e) => e.getAttribute("data-role") === r);
  const fills = Object.fromEntries(
    Array.from(role("nodes")[0].getElementsByTagName("circle")).map((c) => [
      c.getAttribute("data-id"),
      c.getAttribute("fill"),
    ]),
  );
  return { role, fills };
}

describe("a picture coloured by an attribute", () => {
  it("colours each node by its category and lists the categories in the legend", () => {
    const { role, fills } = picture("community");
    const colours = categoryColours(kb, "community");
    for (const e of kb.entities) expect(fills[e.id]).toBe(colours.get(`c${Number(e.id.slice(1)) % 3}`));
    expect(new Set(Object.values(fills)).size).toBe(3);
    const rows = role("legend-category");
    expect(rows.map((r) => [r.getAttribute("data-id"), r.textContent])).toEqual([
      ["c0", `c0 ${N / 3}`],
      ["c1", `c1 ${N / 3}`],
      ["c2", `c2 ${N / 3}`],
    ]);
    expect(role("legend-kind")).toEqual([]);
    expect(role("legend-heading").map((h) => h.textContent)).toContain("community");
  });

  it("without the choice the legend lists the kinds", () => {
    const { role, fills } = picture(null);
    expect(new Set(Object.values(fills)).size).toBe(1);
    expect(role("legend-category")).toEqual([]);
    expect(role("legend-kind").map((r) => r.getAttribute("data-id"))).toEqual(["other"]);
  });
});
