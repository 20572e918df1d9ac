// Text for pictures: XML escaping of every string that goes into an SVG, and the advance widths of DejaVu Sans (the
// font the app and the shots use) so that wrapping, legend columns and label boxes are laid out the same way in Node
// and in the browser, without measuring text on a canvas. Widths were measured once in Chromium (1000 px DejaVu Sans,
// normal and bold); kerning is ignored, so estimates err on the wide side.

const CHARS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—“”‘’…≥≤·×é→←•";
// prettier-ignore
const NORMAL = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,500,1000,518,518,318,318,1000,838,838,318,838,615,838,838,590];
// prettier-ignore
const BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,500,1000,657,657,380,380,1000,838,838,380,838,678,838,838,639];
const WIDTHS = {
  normal: new Map([...CHARS].map((c, i) => [c, NORMAL[i]])),
  bold: new Map([...CHARS].map((c, i) => [c, BOLD[i]])),
};
/** Width of a character the table does not know (DejaVu Sans is wide; CJK glyphs are about 1 em). */
const fallback = (c: string): number => ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 1000 : 640);

export const PICTURE_FONT = '"DejaVu Sans", Verdana, sans-serif';

/** Estimated advance width of `text` in px at `size` px. */
export function textWidth(text: string, size: number, weight: "normal" | "bold" = "normal"): number {
  const table = WIDTHS[weight];
  let units = 0;
  for (const c of text) units += table.get(c) ?? fallback(c);
  return (units * size) / 1000;
}

/** Characters XML 1.0 cannot hold at all (C0 controls other than tab and newlines, lone surrogates, U+FFFE/F). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute: markup characters become entities. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Greedy word wrap to `maxWidth` px; a word longer than a line is cut with an ellipsis. At most `maxLines` lines. */
export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  maxLines = Infinity,
  weight: "normal" | "bold" = "normal",
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, weight) <= maxWidth || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const out = lines.map((l) => truncate(l, size, maxWidth, weight));
  if (out.length > maxLines) {
    const kept = out.slice(0, maxLines);
    kept[maxLines - 1] = truncate(
      `${kept[maxLines - 1]} ${out.slice(maxLines).join(" ")}`,
      size,
      maxWidth,
      weight,
      true,
    );
    return kept;
  }
  return out;
}

/** `text` cut to fit `maxWidth` px, with an ellipsis when cut (or always, when `force`). */
export function truncate(
  text: string,
  size: number,
  maxWidth: number,
  weight: "normal" | "bold" = "normal",
  force = false,
): string {
  if (!force && textWidth(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && textWidth(`${chars.join("")}…`, size, weight) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}
