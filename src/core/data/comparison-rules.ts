// The rule of the model comparison (graph/data/comparison.yaml): rows are unique and ordered, every cell names a
// model and a row that exist, each model has exactly one cell per row, each cited claim exists and is about the
// cell's model (or stands in its section of the paper) or mentions it, and a cell without claims says the paper does not support it (and the reverse).
import { cellId, type Dataset, type Located, type Problem } from "./load.ts";
import { sectionOf } from "./locators.ts";
import { isOfKind, type Claim, type ComparisonCell, type Entity } from "./schema.ts";
import type { Rule } from "./rules/rule.ts";

const RULE = "comparison";

/**
 * Whether a claim is about a model: listed in `about`, an end of a relation it asserts, written in the paper's
 * section on that model (the sections are named for the models), or naming it in its text.
 */
export function claimConcernsModel(claim: Claim, model: Entity): boolean {
  if (claim.about.includes(model.id)) return true;
  if (sectionOf(claim.locator)?.id === model.id) return true;
  if (claim.relations.some((r) => r.from === model.id || r.to === model.id)) return true;
  const text = claim.text.toLowerCase();
  const year = isOfKind(model, "model") ? `${model.attributes.year} model` : "";
  const names = [model.label, ...model.aliases, year];
  return names.some((n) => n.trim().length > 5 && text.includes(n.toLowerCase()));
}

export function checkComparison(ds: Dataset): Problem[] {
  const dims = ds.dimensions ?? [];
  const cells = ds.cells ?? [];
  if (!dims.length && !cells.length) return [];
  const out: Problem[] = [];
  const atCell = (c: Located<ComparisonCell>, message: string, path?: (string | number)[]): Problem => ({
    file: c.file,
    line: path ? c.lineOf(path) : c.line,
    id: cellId(c.value.model, c.value.dimension),
    rule: RULE,
    message,
  });

  const dimIds = new Map<string, Located<{ id: string }>>();
  const orders = new Map<number, string>();
  for (const d of dims) {
    const prev = dimIds.get(d.value.id);
    const problem = (message: string, path: string): Problem => ({
      file: d.file,
      line: d.lineOf([path]),
      id: d.value.id,
      rule: RULE,
      message,
    });
    if (prev) out.push(problem(`dimension id is already used at ${prev.file}:${prev.line}`, "id"));
    else dimIds.set(d.value.id, d);
    const sameOrder = orders.get(d.value.order);
    if (sameOrder) out.push(problem(`order ${d.value.order} is also the order of '${sameOrder}'`, "order"));
    else orders.set(d.value.order, d.value.id);
  }

  const entities = new Map(ds.entities.map((e) => [e.value.id, e.value]));
  const models = ds.entities.filter((e) => e.value.kind === "model").map((e) => e.value);
  const claims = new Map(ds.claims.map((c) => [c.value.id, c.value]));
  const seen = new Map<string, Located<ComparisonCell>>();
  for (const c of cells) {
    const { model, dimension } = c.value;
    const entity = entities.get(model);
    if (!entity) out.push(atCell(c, `unknown model '${model}'`, ["model"]));
    else if (entity.kind !== "model") out.push(atCell(c, `'${model}' is a ${entity.kind}, not a model`, ["model"]));
    if (!dimIds.has(dimension)) out.push(atCell(c, `unknown dimension '${dimension}'`, ["dimension"]));
    const key = cellId(model, dimension);
    const prev = seen.get(key);
    if (prev) out.push(atCell(c, `a second cell for this model and dimension (first at ${prev.file}:${prev.line})`));
    else seen.set(key, c);
    if (c.value.unsupported && c.value.claims.length)
      out.push(atCell(c, "an unsupported cell cites no claims (remove them or 'unsupported')", ["claims"]));
    if (!c.value.unsupported && !c.value.claims.length)
      out.push(atCell(c, "a cell rests on claims; mark it 'unsupported: true' when the paper does not say", ["text"]));
    c.value.claims.forEach((id, i) => {
      const claim = claims.get(id);
      if (!claim) out.push(atCell(c, `cites unknown claim '${id}'`, ["claims", i]));
      else if (entity?.kind === "model" && !claimConcernsModel(claim, entity))
        out.push(atCell(c, `claim '${id}' is neither about '${model}' nor mentions it`, ["claims", i]));
    });
  }
  // Every model has a cell on every row, so a gap is a decision ("unsupported"), never an omission.
  const anchor = dims[0] ?? cells[0];
  for (const d of dims)
    for (const m of models)
      if (!seen.has(cellId(m.id, d.value.id)))
        out.push({
          file: anchor.file,
          line: d.line,
          id: d.value.id,
          rule: RULE,
          message: `no cell for '${m.id}' (add one, with 'unsupported: true' if the paper does not say)`,
        });
  return out;
}

export const comparison: Rule = {
  name: RULE,
  description: "comparison rows are unique and ordered; each model has one cell per row citing claims about it",
  check: checkComparison,
};
