// The reference list out, for reference managers: the paper and its 32 references (the source entities) as
// CSL-JSON, BibTeX and RIS, with every bibliographic field the data has. The fields are copied as the data gives
// them (the reference list as printed); nothing is completed or corrected. Dates the data gives as "17 April" or
// "10 May 2020" become date parts only when they read unambiguously, else they travel as written.
import type { KbEntity, KnowledgeBase } from "../data/build.ts";

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** The source entities with bibliographic fields, the paper (root) first, then the reference list in order. */
export function referenceEntities(kb: KnowledgeBase): KbEntity[] {
  const refIndex = (e: KbEntity) => {
    const a = e.attributes as Record<string, unknown>;
    return a.root === true ? 0 : typeof a["ref-index"] === "number" ? a["ref-index"] : 1e9;
  };
  return kb.entities
    .filter((e) => e.kind === "source" && typeof (e.attributes as Record<string, unknown>).title === "string")
    .map((e, i) => ({ e, i }))
    .sort((a, b) => refIndex(a.e) - refIndex(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
const names = (v: unknown): CslName[] => (Array.isArray(v) ? (v as CslName[]) : []);

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "17 April" (with the year given apart) or "10 May 2020": [year, month, day] when it reads so, else undefined. */
export function dayMonth(text: string | undefined, year?: string): number[] | undefined {
  const m = text ? /^(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?$/.exec(text.trim()) : null;
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  const y = m[3] ?? year;
  if (!month || !y) return undefined;
  return [Number(y), month, Number(m[1])];
}

const cslDate = (parts: number[] | undefined, raw: string | undefined) =>
  parts ? { "date-parts": [parts] } : raw ? { raw } : undefined;

/** One source as a CSL-JSON item. */
export function cslItem(e: KbEntity): Record<string, unknown> {
  const a = e.attributes as Record<string, unknown>;
  const issued = str(a.issued);
  const item: Record<string, unknown> = { id: e.id, type: str(a.type) ?? "document" };
  if (Array.isArray(a.author)) item.author = a.author;
  if (issued) item.issued = { "date-parts": [dayMonth(str(a["issued-date"]), issued) ?? [Number(issued)]] };
  for (const key of [
    "title",
    "container-title",
    "volume",
    "issue",
    "page",
    "publisher",
    "publisher-place",
    "URL",
    "DOI",
    "language",
  ]) {
    const v = str(a[key]);
    if (v) item[key] = v;
  }
  const accessed = cslDate(dayMonth(str(a.accessed)), str(a.accessed));
  if (accessed) item.accessed = accessed;
  const custom: Record<string, unknown> = {};
  if (str(a["title-translated"])) custom["title-translated"] = str(a["title-translated"]);
  if (str(a["issued-date"])) custom["issued-date"] = str(a["issued-date"]);
  if (str(a["citation-key"])) custom["cited-as"] = str(a["citation-key"]);
  if (typeof a["ref-index"] === "number") custom["ref-index"] = a["ref-index"];
  if (a.root === true) custom.root = true;
  if (str(a["title-translated"])) item.note = `Translated title: ${str(a["title-translated"])}`;
  if (Object.keys(custom).length) item.custom = custom;
  return item;
}

export function writeCslJson(kb: KnowledgeBase): string {
  return JSON.stringify(referenceEntities(kb).map(cslItem), null, 2) + "\n";
}

// ── BibTeX ──────────────────────────────────────────────────────────────────────────────────────────────────────
const BIBTEX_TYPE: Record<string, string> = {
  "article-journal": "article",
  "article-newspaper": "article",
  "article-magazine": "article",
  book: "book",
  report: "techreport",
  webpage: "misc",
  thesis: "phdthesis",
};

/** A BibTeX value in braces: braces balanced away, TeX's special characters escaped. */
const bib = (s: string): string => s.replace(/([\\{}])/g, "").replace(/([&%$#_])/g, "\\$1");

const bibName = (n: CslName): string =>
  n.literal ? `{${bib(n.literal)}}` : n.given ? `${bib(n.family ?? "")}, ${bib(n.given)}` : bib(n.family ?? "");

/** Keys as BibTeX tools like them: the entity id (lower-case words joined by '-') is already one. */
function bibtexEntry(e: KbEntity): string {
  const a = e.attributes as Record<string, unknown>;
  const type = str(a.type) ?? "misc";
  const fields: [string, string | undefined][] = [
    ["author", names(a.author).map(bibName).join(" and ") || undefined],
    ["title", str(a.title) && bib(str(a.title)!)],
    ["year", str(a.issued)],
  ];
  const container = str(a["container-title"]);
  if (type.startsWith("article")) fields.push(["journal", container && bib(container)]);
  else fields.push(["booktitle", container && bib(container)]);
  fields.push(
    ["volume", str(a.volume)],
    ["number", str(a.issue)],
    ["pages", str(a.page)?.replace(/(\d)\s*[-–]\s*(\d)/g, "$1--$2")],
    [type === "report" ? "institution" : "publisher", str(a.publisher) && bib(str(a.publisher)!)],
    ["address", str(a["publisher-place"]) && bib(str(a["publisher-place"])!)],
    ["doi", str(a.DOI)],
    ["url", str(a.URL)],
    ["urldate", str(a.accessed) && bib(str(a.accessed)!)],
    ["language", str(a.language)],
    ["issuedate", str(a["issued-date"]) && bib(str(a["issued-date"])!)],
    ["titleaddon", str(a["title-translated"]) && bib(`[${str(a["title-translated"])}]`)],
    ["note", str(a["citation-key"]) && bib(`Cited in the text as ${str(a["citation-key"])}`)],
  );
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`);
  return `@${BIBTEX_TYPE[type] ?? "misc"}{${e.id},\n${body.join(",\n")}\n}\n`;
}

export function writeBibtex(kb: KnowledgeBase): string {
  return referenceEntities(kb).map(bibtexEntry).join("\n");
}

// ── RIS ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const RIS_TYPE: Record<string, string> = {
  "article-journal": "JOUR",
  "article-newspaper": "NEWS",
  "article-magazine": "MGZN",
  book: "BOOK",
  report: "RPRT",
  webpage: "ELEC",
  thesis: "THES",
};

const risName = (n: CslName): string => n.literal ?? (n.given ? `${n.family}, ${n.given}` : (n.family ?? ""));
/** RIS is line-based: a value never spans lines. */
const line = (tag: string, value: string | undefined): string[] =>
  value ? [`${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, " ")}`] : [];

function risEntry(e: KbEntity): string {
  const a = e.attributes as Record<string, unknown>;
  const type = str(a.type) ?? "";
  const [start, end] = (str(a.page) ?? "").split(/\s*[-–]\s*/);
  const issued = str(a.issued);
  const day = dayMonth(str(a["issued-date"]), issued);
  const accessed = dayMonth(str(a.accessed));
  const pad = (n: number) => String(n).padStart(2, "0");
  return [
    ...line("TY", RIS_TYPE[type] ?? "GEN"),
    ...line("ID", e.id),
    ...names(a.author).flatMap((n) => line("AU", risName(n))),
    ...line("TI", str(a.title)),
    ...line("T2", str(a["container-title"])),
    ...line("PY", issued),
    ...line("DA", day ? `${day[0]}/${pad(day[1])}/${pad(day[2])}` : issued),
    ...line("VL", str(a.volume)),
    ...line("IS", str(a.issue)),
    // The RIS specification's issue tag for a newspaper is C2 (IS elsewhere): both, for readers of either habit.
    ...line("C2", RIS_TYPE[type] === "NEWS" ? str(a.issue) : undefined),
    ...line("SP", start || undefined),
    ...line("EP", end || undefined),
    ...line("PB", str(a.publisher)),
    ...line("CY", str(a["publisher-place"])),
    ...line("DO", str(a.DOI)),
    ...line("UR", str(a.URL)),
    ...line("Y2", accessed ? `${accessed[0]}/${pad(accessed[1])}/${pad(accessed[2])}` : str(a.accessed)),
    ...line("LA", str(a.language)),
    ...line("N1", str(a["title-translated"]) && `Translated title: ${str(a["title-translated"])}`),
    ...line("N1", str(a["citation-key"]) && `Cited in the text as ${str(a["citation-key"])}`),
    "ER  - ",
  ].join("\r\n");
}

export function writeRis(kb: KnowledgeBase): string {
  return referenceEntities(kb).map(risEntry).join("\r\n\r\n") + "\r\n";
}
