// The reference list out (CSL-JSON, BibTeX, RIS): each file is parsed back with citation-js, a real parser of the
// three formats, and every item is checked against the source entity it came from: authors, year, title,
// container, volume, issue, pages, publisher, DOI and URL, for the paper and its 32 references.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { describe, expect, it } from "vitest";
import type { KbEntity } from "../../../src/core/data/build.ts";
import { formatById } from "../../../src/core/formats/registry.ts";
import { dayMonth, referenceEntities } from "../../../src/core/formats/references.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const kb = requireKnowledgeBase();
const sources = referenceEntities(kb);

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const year = (item: Record<string, unknown>) =>
  (item.issued as { "date-parts"?: number[][] } | undefined)?.["date-parts"]?.[0]?.[0];
/** A name as the data gives it, in one comparable form. */
const nameText = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(", ");

async function parsed(format: string): Promise<Record<string, unknown>[]> {
  const files = await formatById(format)!.write(kb, {});
  const [text] = Object.values(files);
  const cite = await Cite.async(text);
  return cite.data;
}

describe.each(["csl-json", "bibtex", "ris"])("%s, parsed back with citation-js", (format) => {
  it("holds the paper and its 32 references, in the order of the list", async () => {
    const items = await parsed(format);
    expect(sources).toHaveLength(33);
    expect(items).toHaveLength(33);
    expect((sources[0].attributes as Record<string, unknown>).root).toBe(true);
  });

  it.each(sources.map((s, i): [string, KbEntity, number] => [s.id, s, i]))(
    "%s: authors, year, title, container, numbers, pages, publisher, DOI and URL",
    async (_id, source, i) => {
      const item = (await parsed(format))[i];
      const a = source.attributes as Record<string, unknown>;
      // RIS names a newspaper's author its reporter (citation-js keeps it as text) and a web page's site its
      // collection: read as the RIS specification means them.
      const authors = Array.isArray(item.author) ? (item.author as CslName[]).map(nameText) : [str(item.reporter)];
      expect(authors.join("; ")).toBe((a.author as CslName[]).map(nameText).join("; "));
      expect(year(item)).toBe(Number(a.issued));
      expect(item.title).toBe(a.title);
      expect(str(item["container-title"] ?? item["collection-title"])).toBe(str(a["container-title"]));
      expect(str(item.volume)).toBe(str(a.volume));
      expect(str(item.issue)).toBe(str(a.issue));
      expect(str(item.page)?.replace(/–/g, "-")).toBe(str(a.page));
      expect(str(item.publisher)).toBe(str(a.publisher));
      expect(str(item["publisher-place"])).toBe(str(a["publisher-place"]));
      expect(str(item.DOI)).toBe(str(a.DOI));
      expect(str(item.URL)).toBe(str(a.URL));
    },
  );
});

describe("dates", () => {
  it.each<[string, string | undefined, number[] | undefined]>([
    ["17 April", "2014", [2014, 4, 17]],
    ["10 May 2020", undefined, [2020, 5, 10]],
    ["09 August", "2017", [2017, 8, 9]],
    ["around Easter", "2014", undefined],
    ["17 April", undefined, undefined],
  ])("%s (year %s) -> %j", (text, y, want) => {
    expect(dayMonth(text, y)).toEqual(want);
  });

  it("the CSL-JSON issued date carries the day a newspaper item gives", async () => {
    const items = await parsed("csl-json");
    sources.forEach((s, i) => {
      const parts = (items[i].issued as { "date-parts": number[][] })["date-parts"][0];
      expect(parts).toEqual(
        dayMonth(
          str((s.attributes as Record<string, unknown>)["issued-date"]),
          str((s.attributes as Record<string, unknown>).issued),
        ) ?? [Number((s.attributes as Record<string, unknown>).issued)],
      );
    });
  });
});
