// The timeline (the Timeline tab): every dated relation, event, agreement and figure of the knowledge base on one
// axis, 1940-2020, in lanes by kind or by model, laid out as bars packed into rows. A bar keeps the paper's
// vagueness: an approximate or decade-precise end ("the late 1980s" is 198X, "around 1970" ~1970) is marked vague
// (drawn fading), an open end ("since 1967" is 1967/..) is marked open (drawn running off to the axis end).
// Pure functions of the knowledge base, sharing the scale and tick maths of the figures chart (./scale.ts).
import type { KbClaim, KnowledgeBase } from "../data/build.ts";
import { hull, parseEdtf, type YearSpan } from "../data/time.ts";
import { escapeXml as x, PICTURE_FONT, wrapText } from "../picture/text.ts";
import { linearScale, niceTicks } from "./scale.ts";

export const TIMELINE_YEARS: [number, number] = [1940, 2020];
export const TIMELINE_KINDS = ["agreement", "event", "relation", "figure"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export type LaneBy = "kind" | "model";

export interface TimelineItem {
  /** The id the explorer selects: an entity id, "r:" + relation id, or "c:" + claim id. */
  id: string;
  kind: TimelineKind;
  label: string;
  /** The time as the data words it ("1967-03/..", "late 1980s"). */
  when: string;
  /** First and last year; undefined for an open end. */
  start?: number;
  end?: number;
  vagueStart: boolean;
  vagueEnd: boolean;
  /** The model whose section of the paper the item's first claim stands in, or null. */
  model: string | null;
  /** Entities the item touches, to light it when one of them is selected. */
  entities: string[];
  claims: string[];
}

const isVague = (edtf: string) => /X|~|\?|%/.test(edtf);
const span = (edtf: string | undefined): (YearSpan & { edtf: string }) | undefined => {
  if (!edtf) return undefined;
  const s = parseEdtf(edtf);
  return typeof s === "string" ? undefined : { ...s, edtf };
};

/** Vagueness of each end of a hull: an end is vague when one of the values that reaches it is vague. */
function ends(values: string[]): Pick<TimelineItem, "start" | "end" | "vagueStart" | "vagueEnd"> | undefined {
  const spans = values.map(span).filter((s): s is YearSpan & { edtf: string } => s !== undefined);
  const h = hull(spans);
  if (!h || (h.start === undefined && h.end === undefined)) return undefined;
  const part = (s: { edtf: string }, i: 0 | 1) => s.edtf.split("/")[s.edtf.includes("/") ? i : 0];
  return {
    start: h.start,
    end: h.end,
    vagueStart: spans.some((s) => s.start === h.start && h.start !== undefined && isVague(part(s, 0))),
    vagueEnd: spans.some((s) => s.end === h.end && h.end !== undefined && isVague(part(s, 1))),
  };
}

const MODEL_SECTIONS = new Set(["model-1946", "model-1967", "model-2000"]);

/** Every item with a date, in time order (open starts first, then by start, end and id). */
export function timelineItems(kb: KnowledgeBase): TimelineItem[] {
  const label = new Map(kb.entities.map((e) => [e.id, e.label]));
  const typeLabel = new Map(kb.relationTypes.map((t) => [t.id, t.label]));
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  const modelOf = (ids: string[]): string | null => {
    const s = ids.map((id) => claims.get(id)?.section).find((sec) => sec && MODEL_SECTIONS.has(sec));
    return s ?? null;
  };
  const items: TimelineItem[] = [];
  for (const r of kb.relations) {
    if (r.type === "cites" || !r.when?.length) continue;
    const e = ends(r.when);
    if (!e) continue;
    items.push({
      id: `r:${r.id}`,
      kind: "relation",
      label: `${label.get(r.source) ?? r.source} ${typeLabel.get(r.type) ?? r.type} ${label.get(r.target) ?? r.target}`,
      when: r.when.join(", "),
      ...e,
      model: [r.source, r.target].find((id) => MODEL_SECTIONS.has(id)) ?? modelOf(r.claims),
      entities: [r.source, r.target],
      claims: r.claims,
    });
  }
  for (const ent of kb.entities) {
    if (ent.kind !== "event" && ent.kind !== "agreement" && ent.kind !== "resolution") continue;
    // An event's own claims date it best; the relations it takes part in are the fallback.
    const own = ent.claims.map((id) => claims.get(id)).filter((c): c is KbClaim => c !== undefined);
    const whens = own.filter((c) => c.about.includes(ent.id)).flatMap((c) => c.qualifiers.when ?? []);
    const relWhens = kb.relations
      .filter((r) => r.type !== "cites" && (r.source === ent.id || r.target === ent.id))
      .flatMap((r) => r.when ?? []);
    const event = ent.kind === "event";
    const all = [...new Set(event ? (whens.length ? whens : relWhens) : [...relWhens, ...whens])];
    // For an event, "since ..." values date what followed it; closed ones, when there are any, date the event itself.
    // An agreement or resolution spans everything dated about it, and stays open when it stays in force.
    const closed = all.filter((w) => !/^\.\.\/|\/(\.\.)?$/.test(w));
    const used = event && closed.length ? closed : all;
    const e = ends(used);
    if (!e) continue;
    items.push({
      id: ent.id,
      kind: ent.kind === "event" ? "event" : "agreement",
      label: ent.label,
      when: used.join(", "),
      ...e,
      model: modelOf(ent.claims),
      entities: [ent.id],
      claims: ent.claims,
    });
  }
  for (const c of kb.claims) {
    if (!c.quantities.length || !c.qualifiers.when) continue;
    const e = ends([c.qualifiers.when]);
    if (!e) continue;
    items.push({
      id: `c:${c.id}`,
      kind: "figure",
      label: c.quantities.map((q) => `${q.text} (${q.measure})`).join("; "),
      when: c.qualifiers["when-text"] ?? c.qualifiers.when,
      ...e,
      vagueStart: e.vagueStart || c.qualifiers.approximate === true,
      vagueEnd: e.vagueEnd || c.qualifiers.approximate === true,
      model: MODEL_SECTIONS.has(c.section) ? c.section : null,
      entities: c.about,
      claims: [c.id],
    });
  }
  const key = (v: number | undefined, open: number) => v ?? open;
  return items.sort(
    (a, b) =>
      key(a.start, -Infinity) - key(b.start, -Infinity) ||
      key(a.end, Infinity) - key(b.end, Infinity) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Whether an item falls (at least partly) in the closed year range. */
export const inYears = (item: TimelineItem, years: readonly [number, number]): boolean =>
  (item.start === undefined || item.start <= years[1]) && (item.end === undefined || item.end >= years[0]);

export interface TimelineBar {
  item: TimelineItem;
  x1: number;
  x2: number;
  y: number;
  height: number;
  openStart: boolean;
  openEnd: boolean;
}

export interface TimelineLane {
  id: string;
  label: string;
  y: number;
  height: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  xTicks: { value: number; at: number; label: string }[];
  lanes: TimelineLane[];
  bars: TimelineBar[];
  /** Year under a horizontal pixel position (rounded, clamped to the axis). */
  yearAt: (px: number) => number;
  /** Pixel position of the start of a year. */
  xOf: (year: number) => number;
}

export const BAR = 9;
const ROW_GAP = 3;
const LANE_GAP = 10;
const LANE_LABELS: Record<string, string> = {
  agreement: "Agreements",
  event: "Events",
  relation: "Relations",
  figure: "Figures",
  "model-1946": "1946 model",
  "model-1967": "1967 model",
  "model-2000": "2000 model",
  other: "Elsewhere",
};

/** Bars packed into rows within lanes: each bar in the first row of its lane where it overlaps no other bar. */
export function timelineLayout(
  items: readonly TimelineItem[],
  o: { width: number; by: LaneBy; margin?: { left: number; right: number; top: number; bottom: number } },
): TimelineLayout {
  const m = o.margin ?? { left: 84, right: 16, top: 8, bottom: 26 };
  const [y0, y1] = TIMELINE_YEARS;
  const left = m.left;
  const right = Math.max(left + 100, o.width - m.right);
  const x = linearScale([y0, y1 + 1], [left, right]);
  const laneIds = o.by === "kind" ? [...TIMELINE_KINDS] : ["model-1946", "model-1967", "model-2000", "other"];
  const laneOf = (it: TimelineItem) => (o.by === "kind" ? it.kind : (it.model ?? "other"));
  const lanes: TimelineLane[] = [];
  const bars: TimelineBar[] = [];
  let y = m.top;
  for (const lane of laneIds) {
    const rows: number[] = [];
    const top = y;
    for (const it of items) {
      if (laneOf(it) !== lane) continue;
      if ((it.end ?? y1) < y0 || (it.start ?? y0) > y1) continue;
      const x1 = x(Math.max(y0, it.start ?? y0));
      const x2 = Math.max(x1 + 4, x(Math.min(y1, it.end ?? y1) + 1));
      let row = rows.findIndex((endPx) => endPx + 2 <= x1);
      if (row < 0) row = rows.push(0) - 1;
      rows[row] = x2;
      bars.push({
        item: it,
        x1,
        x2,
        y: top + row * (BAR + ROW_GAP),
        height: BAR,
        openStart: it.start === undefined || it.start < y0,
        openEnd: it.end === undefined || it.end > y1,
      });
    }
    const height = Math.max(1, rows.length) * (BAR + ROW_GAP);
    lanes.push({ id: lane, label: LANE_LABELS[lane] ?? lane, y: top, height });
    y = top + height + LANE_GAP;
  }
  const ticks = niceTicks(y0, y1, Math.max(2, Math.floor((right - left) / 70)), { integer: true });
  const bottom = y;
  return {
    width: o.width,
    height: bottom + m.bottom,
    left,
    right,
    top: m.top,
    bottom,
    xTicks: ticks.values.map((v) => ({ value: v, at: x(v), label: String(v) })),
    lanes,
    bars,
    yearAt: (px) => Math.min(y1, Math.max(y0, Math.floor(y0 + ((px - left) / (right - left)) * (y1 + 1 - y0)))),
    xOf: x,
  };
}

/** Colours of the bars by kind (Okabe-Ito, readable on white), shared by the screen and the exported picture. */
export const TIMELINE_COLORS: Record<TimelineKind, string> = {
  agreement: "#d55e00",
  event: "#cc79a7",
  relation: "#0072b2",
  figure: "#009e73",
};

/** The next window of a play-through: the same width one year later, or null once it has passed the last year. */
export function playStep(years: readonly [number, number] | null, width = 5): [number, number] | null {
  const [y0, y1] = TIMELINE_YEARS;
  if (!years) return [y0, y0 + width - 1];
  if (years[1] >= y1) return null;
  return [years[0] + 1, years[1] + 1];
}

/**
 * The timeline as a standalone picture: the chart's SVG as drawn (its colours are attributes, so it looks as on
 * screen) under a title and above a caption citing the paper. Texts are XML-escaped.
 */
export function timelinePicture(
  chartSvg: string,
  layout: Pick<TimelineLayout, "width" | "height">,
  reference: string,
): { svg: string; width: number; height: number } {
  const title = `What the paper dates, ${TIMELINE_YEARS[0]}-${TIMELINE_YEARS[1]}`;
  const caption = wrapText(
    `Bars: dated relations, events, agreements and figures; fading ends are vague dates, arrows open ends. Source: ${reference}`,
    11,
    layout.width - 32,
  );
  const [w, h] = [layout.width, layout.height];
  const height = h + 64 + caption.length * 15;
  const lines = caption.map((l, i) => `<text x="16" y="${h + 68 + i * 15}" font-size="11" fill="#555">${x(l)}</text>`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" font-family="${x(PICTURE_FONT)}">` +
    `<rect width="${w}" height="${height}" fill="#fff"/><text x="16" y="32" font-size="20" font-weight="bold" fill="#222">${x(title)}</text>` +
    `<g transform="translate(0, 48)">${chartSvg}</g>${lines.join("")}</svg>\n`;
  return { svg, width: w, height };
}
