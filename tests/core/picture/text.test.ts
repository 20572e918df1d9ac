// Text in pictures: XML escaping (markup and characters XML cannot hold), width estimates for DejaVu Sans, wrapping.
import { describe, expect, it } from "vitest";
import { escapeXml, textWidth, truncate, wrapText } from "../../../src/core/picture/text.ts";

describe("escapeXml", () => {
  const cases: [string, string][] = [
    [`<a href="x">'&'</a>`, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"],
    ["]]>", "]]&gt;"],
    ["bell\u0007, null\u0000", "bell\uFFFD, null\uFFFD"],
    ["lone \uD800 surrogate", "lone \uFFFD surrogate"],
    ["emoji 🙂 and Cyrillic Лянков", "emoji 🙂 and Cyrillic Лянков"],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => expect(escapeXml(input)).toBe(want));
});

describe("text layout", () => {
  it("widths grow with size and weight", () => {
    expect(textWidth("Sakhalin", 24)).toBeCloseTo(2 * textWidth("Sakhalin", 12), 9);
    expect(textWidth("Sakhalin", 12, "bold")).toBeGreaterThan(textWidth("Sakhalin", 12));
    expect(textWidth("", 12)).toBe(0);
  });

  it("wraps at word boundaries within the width", () => {
    const text = "North Korean labor export to the USSR and Russia survived against all odds";
    const lines = wrapText(text, 13, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(200);
  });

  it("cuts what does not fit in the allowed lines with an ellipsis", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 13, 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(truncate("Supercalifragilistic", 13, 50).endsWith("…")).toBe(true);
    expect(textWidth(truncate("Supercalifragilistic", 13, 50), 13)).toBeLessThanOrEqual(50);
  });
});
