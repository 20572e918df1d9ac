// A relation's period as the tables, the relation lists and the tooltips give it: its years, with the paper's own
// wording where that is vague, or the span of the model it belongs to when the relation itself is undated.
import type { KbClaim, KbRelation } from "../data/build.ts";

/** "1946", "1946–1950", "–1950", or "" when undated. */
export const yearsText = (x: { start?: number; end?: number }): string =>
  x.start === undefined && x.end === undefined
    ? ""
    : x.start === x.end
      ? `${x.start}`
      : `${x.start ?? ""}–${x.end ?? ""}`;

const unique = (xs: string[]) => [...new Set(xs)];

export type Spanned = { start?: number; end?: number; span?: { "when-text"?: string } };

/** The relation's own dates, or its model's when it has none. */
export const datedOr = (r: KbRelation, model?: Spanned): Spanned =>
  r.start === undefined && r.end === undefined && model ? model : r;

/**
 * A relation's period: its years, preceded by the paper's own wording where that wording is vague ("late 1980s
 * (1985–1989)"). The wording comes from the supporting claims whose date is the relation's date and approximate.
 * An undated relation under a model (its key) takes the model's curated span and wording.
 */
export function periodText(r: KbRelation, claims: KbClaim[], model?: Spanned): string {
  if (r.start === undefined && r.end === undefined && model && (model.start !== undefined || model.end !== undefined)) {
    const years = yearsText(model);
    const words = model.span?.["when-text"];
    return words ? `${words} (${years})` : years;
  }
  const years = yearsText(r);
  const words = unique(
    claims
      .filter((c) => c.qualifiers.approximate && c.qualifiers["when-text"] && r.when?.includes(c.qualifiers.when ?? ""))
      .map((c) => c.qualifiers["when-text"]!),
  );
  if (!words.length) return years;
  return years ? `${words.join("; ")} (${years})` : words.join("; ");
}
