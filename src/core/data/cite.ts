// Citation formatting in one style (APA 7, reference-list form and short in-text form) from the CSL-JSON fields of
// source entities. A small formatter rather than citation-js: the sources are 33 fixed records with known fields,
// and citeproc would add a few hundred KB to a bundle budgeted at 250 KB. Output is plain text (never HTML); URLs are
// returned separately and only when they are http(s).
import type { Citation } from "./schema.ts";

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface ReferenceParts {
  /** Authors, year and title as plain text, in APA order. */
  text: string;
  /** The work's URL when it is an http(s) URL, else undefined (never a javascript: or data: link). */
  url?: string;
}

const initials = (given: string) =>
  given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => (/\.$/.test(g) ? g : `${g[0]}.`))
    .join(" ");

function nameOf(n: CslName): string {
  if (n.literal) return n.literal;
  return n.given ? `${n.family}, ${initials(n.given)}` : (n.family ?? "");
}

function authorsOf(list: CslName[]): string {
  const names = list.map(nameOf);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")}, & ${names[names.length - 1]}`;
}

/** A URL safe to make clickable: absolute http(s) only. */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const s = raw.trim().replace(/^<+|>+$/g, "");
  try {
    const u = new URL(s);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
const end = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** The APA reference-list entry of a source entity's attributes. */
export function formatReference(attrs: Record<string, unknown>): ReferenceParts {
  const author = Array.isArray(attrs.author) ? authorsOf(attrs.author as CslName[]) : "";
  const date = [str(attrs.issued), str(attrs["issued-date"])].filter(Boolean).join(", ");
  const title = str(attrs.title) ?? "";
  const translated = str(attrs["title-translated"]);
  const container = str(attrs["container-title"]);
  const volume = str(attrs.volume);
  const issue = str(attrs.issue);
  const page = str(attrs.page);
  const publisher = [str(attrs["publisher-place"]), str(attrs.publisher)].filter(Boolean).join(": ");
  const parts = [
    end(author || "Anonymous"),
    `(${date || "n.d."}).`,
    end(translated ? `${title} [${translated}]` : title),
  ];
  if (container) {
    let c = container;
    if (volume) c += `, ${volume}`;
    if (issue) c += volume ? `(${issue})` : `, no. ${issue}`;
    if (page) c += `, ${page}`;
    parts.push(end(c));
  } else if (page) parts.push(end(`pp. ${page}`));
  if (publisher) parts.push(end(publisher));
  const doi = str(attrs.DOI);
  if (doi) parts.push(`https://doi.org/${doi}`);
  return { text: parts.join(" "), url: safeUrl(attrs.URL) ?? (doi ? safeUrl(`https://doi.org/${doi}`) : undefined) };
}

/** Pages as APA writes them: "p. 133", "pp. 70-73", "pp. 25, 30". */
export function formatPages(pages: string | undefined): string {
  if (!pages) return "";
  return /[-,]/.test(pages) ? `pp. ${pages}` : `p. ${pages}`;
}

export interface SourceLike {
  kind: string;
  label: string;
  attributes: Record<string, unknown>;
}

/** A citation in short form: "Krushanova 2014, p. 133", "R4 (builder, contract broker; interviewed ...)". */
export function formatCitation(ct: Citation, source: SourceLike | undefined): string {
  if (!source) return ct.source;
  if (source.kind === "interviewee") {
    const a = source.attributes;
    return `${source.label}: ${String(a.position)}, born ${String(a["birth-year"]).toLowerCase()}, in Russia ${String(a["period-in-russia"])}; interviewed ${String(a["interview-date"])}`;
  }
  if (source.attributes.root === true)
    return `Author's research (${(ct.basis ?? "author-research").replace(/-/g, " ")})`;
  const pages = formatPages(ct.pages);
  return `${source.label}${pages ? `, ${pages}` : ""}${ct["as-cited"] ? ` (cited in the text as “${ct["as-cited"]}”)` : ""}`;
}

/**
 * A citation in full, as a claim's panel lists it: the reference-list entry with the pages cited, an interviewee's
 * Table 1 row, or the paper's own authority.
 */
export function formatFullCitation(ct: Citation, source: SourceLike | undefined): string {
  if (!source) return ct.source;
  if (source.attributes.root === true)
    return `Author's research (${(ct.basis ?? "author-research").replace(/-/g, " ")}), Lankov 2020`;
  if (source.kind === "interviewee") {
    const a = source.attributes;
    return `${source.label}, Table 1: born ${String(a["birth-year"])}; in Russia: ${String(a["period-in-russia"])}; ${String(a.position)}; interviewed ${String(a["interview-date"])}`;
  }
  const ref = formatReference(source.attributes).text;
  return ct.pages ? `${ref} ${formatPages(ct.pages)}.` : ref;
}
