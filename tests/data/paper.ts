// Reads the paragraph-numbered paper (../shared/seed/paper-paragraphs.md) for the data tests: its locators and text,
// the numbers it writes (with the acceptance checker's number rules), its author-year citations and interviewee codes.
import { existsSync, readFileSync } from "node:fs";
import { PAPER_PATH } from "../shared.ts";

export { PAPER_PATH, SHARED_DIR } from "../shared.ts";

/** Locator -> plain text of that paragraph (markdown emphasis and escapes removed; Table 1 keeps its rows). */
export function readPaper(path = PAPER_PATH): Map<string, string> {
  if (!existsSync(path)) {
    throw new Error(`the paper is missing: ${path} (../shared must sit beside the project, as it does in CI)`);
  }
  const out = new Map<string, string>();
  let refs = 0;
  let current: string | undefined;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const m = /^\[(front|abstract|keywords|p\d+|table-1|ref)\]\s*(.*)$/.exec(line);
    if (m) {
      current = m[1] === "ref" ? `ref-${++refs}` : m[1];
      out.set(current, clean(m[2]));
    } else if (line.startsWith("#")) {
      current = undefined;
    } else if (current === "table-1" && line.startsWith("- ")) {
      out.set(current, `${out.get(current)}\n${clean(line.slice(2))}`);
    }
  }
  return out;
}

const clean = (s: string) => s.replace(/\\\$/g, "$").replace(/\*/g, "").replace(/<+|>+/g, "");

// ── Numbers, as the acceptance checker reads them ────────────────────────────
// "35,000" -> "35000"; "$450-800" -> "450", "800"; "6.17" stays; leading zeros dropped ("0876" -> "876").
export const canonNumber = (n: string) => n.replace(/,/g, "").replace(/^0+(?=\d)/, "");
export const numbersIn = (s: string): Set<string> =>
  new Set((s.match(/\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g) ?? []).map(canonNumber));

/** Interviewee codes (R1..R10) a text mentions. */
export const intervieweeCodes = (s: string): Set<string> => new Set(s.match(/\bR\d{1,2}\b/g) ?? []);

// ── Words ────────────────────────────────────────────────────────────────────
export const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
export const wordsOf = (s: string) => norm(s).split(" ").filter(Boolean);

// ── Citations ────────────────────────────────────────────────────────────────
export interface PaperCitation {
  /** "Krushanova, 2014" as the text writes it (narrative "L. Krushanova (2014)" gives "Krushanova, 2014"). */
  key: string;
  /** Pages without spaces ("70-73", "25,30", "2,154-166"), or undefined when the text gives none. */
  pages?: string;
}

const CITATION =
  /^([A-Z][^,;()\d]*?(?:, et al\.)?),? (\d{4}[a-z]?)(?:, pp?\. ?(\d+(?:[-–]\d+)?(?:, ?\d+(?:[-–]\d+)?)*))?$/;
const NARRATIVE = /([A-Z][\w’'-]+) \((\d{4}[a-z]?)\)/g;

/** The author-year citations of a paragraph: "(Popova, 2010, pp.63-67; Baxandall, 2004, pp.169-175)",
 *  "(R7, R6, Kim Seung-cheol, 2001)", "(Sputnik 2016)", and narrative ones such as "L. Krushanova (2014)". */
export function citationsIn(text: string): PaperCitation[] {
  const out: PaperCitation[] = [];
  for (const [, group] of text.matchAll(/\(([^()]*)\)/g)) {
    for (const part of group.split(";")) {
      const segment = part.replace(/\bR\d{1,2}\b,?\s*/g, "").trim();
      const m = CITATION.exec(segment);
      if (m) out.push({ key: `${m[1]}, ${m[2]}`, pages: m[3]?.replace(/\s+/g, "").replace(/–/g, "-") });
    }
  }
  for (const [, name, year] of text.matchAll(NARRATIVE)) out.push({ key: `${name}, ${year}` });
  return out;
}

/** A citation key reduced for comparison: "Lankov, et al., 2017" and "Lankov et al. 2017" are the same. */
export const citationKey = (s: string) => norm(s);

export const pagesKey = (s: string | undefined) => s?.replace(/\s+/g, "").replace(/–/g, "-");
