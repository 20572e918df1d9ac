// The embed snippet: the view's address gains embed=1 and loses its fragment; whatever the address and the title
// hold, the snippet is one <iframe> element whose src and title attributes read back exactly as given.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl } from "../../../src/core/view/embed.ts";

// The snippet is also well-formed XML, so an XML parser reads its attributes back as an HTML parser would.
const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, "text/xml").documentElement!;

describe("embedUrl", () => {
  it.each([
    ["http://a.test/?k=person&sel=ussr", "http://a.test/?k=person&sel=ussr&embed=1"],
    ["http://a.test/app/", "http://a.test/app/?embed=1"],
    ["http://a.test/?embed=0#x", "http://a.test/?embed=1"],
  ])("%s -> %s", (from, to) => {
    expect(embedUrl(from)).toBe(to);
  });
});

describe("embedSnippet", () => {
  it.each([
    ["http://a.test/?k=person&sel=ussr&embed=1", "Lankov 2020 (interactive graph)"],
    ['http://a.test/?q="><script>alert(1)</script>&embed=1', `A "quoted" <b>title</b> & 'more'`],
  ])("keeps src %s and its title intact as attributes", (src, title) => {
    const body = parse(embedSnippet(src, title));
    expect(body.childNodes).toHaveLength(1);
    const frame = body.getElementsByTagName("iframe")[0];
    expect(frame.getAttribute("src")).toBe(src);
    expect(frame.getAttribute("title")).toBe(title);
    expect(frame.childNodes).toHaveLength(0);
  });
});
