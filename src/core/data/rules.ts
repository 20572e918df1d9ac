// Validation rules that need the whole dataset (the schema checks each record alone). Each rule is small, named,
// and reports every problem it finds with file, line and id; tests/core/data/rules.test.ts holds a failing fixture per rule.
import type { Dataset, Located, Problem } from "./load.ts";
import { isLocator } from "./locators.ts";
import { parseEdtf } from "./time.ts";
import { comparison } from "./comparison-rules.ts";
import { isOfKind } from "./schema.ts";
import { isCitable } from "./kinds.ts";

export interface Rule {
  name: string;
  description: string;
  check: (ds: Dataset) => Problem[];
}

const at = <T extends { id: string }>(
  rec: Located<T>,
  rule: string,
  message: string,
  path?: (string | number)[],
): Problem => ({
  file: rec.file,
  line: path ? rec.lineOf(path) : rec.line,
  id: rec.value.id,
  rule,
  message,
});

const uniqueIds: Rule = {
  name: "unique-ids",
  description: "entity, claim, quirk and relation-type ids are unique",
  check(ds) {
    const out: Problem[] = [];
    const seen = new Map<string, Located<{ id: string }>>();
    const records: [string, Located<{ id: string }>][] = [
      ...ds.entities.map((r) => ["entity", r] as [string, Located<{ id: string }>]),
      ...ds.claims.map((r) => ["claim", r] as [string, Located<{ id: string }>]),
      ...ds.quirks.map((r) => ["quirk", r] as [string, Located<{ id: string }>]),
    ];
    for (const [what, rec] of records) {
      const prev = seen.get(rec.value.id);
      if (prev) out.push(at(rec, "unique-ids", `${what} id is already used at ${prev.file}:${prev.line}`));
      else seen.set(rec.value.id, rec);
    }
    const types = new Map<string, Located<{ id: string }>>();
    for (const rec of ds.relationTypes) {
      const prev = types.get(rec.value.id);
      if (prev) out.push(at(rec, "unique-ids", `relation type is already defined at ${prev.file}:${prev.line}`));
      else types.set(rec.value.id, rec);
    }
    return out;
  },
};

const referencesResolve: Rule = {
  name: "references-resolve",
  description: "citations, about lists, relation ends, span claims and quirk targets name existing records",
  check(ds) {
    const out: Problem[] = [];
    const kinds = new Map(ds.entities.map((e) => [e.value.id, e.value.kind]));
    const claims = new Set(ds.claims.map((c) => c.value.id));
    for (const c of ds.claims) {
      c.value.citations.forEach((ct, i) => {
        const kind = kinds.get(ct.source);
        if (!kind)
          out.push(at(c, "references-resolve", `cites unknown source '${ct.source}'`, ["citations", i, "source"]));
        else if (!isCitable(kind))
          out.push(
            at(c, "references-resolve", `cites '${ct.source}', a ${kind}; citations name sources or interviewees`, [
              "citations",
              i,
              "source",
            ]),
          );
      });
      c.value.about.forEach((id, i) => {
        if (!kinds.has(id)) out.push(at(c, "references-resolve", `is about unknown entity '${id}'`, ["about", i]));
      });
      c.value.relations.forEach((r, i) => {
        for (const end of ["from", "to"] as const) {
          if (!kinds.has(r[end]))
            out.push(
              at(c, "references-resolve", `relation ${r.type} ${end} unknown entity '${r[end]}'`, [
                "relations",
                i,
                end,
              ]),
            );
        }
        if (r.from === r.to)
          out.push(at(c, "references-resolve", `relation ${r.type} links '${r.from}' to itself`, ["relations", i]));
      });
    }
    // A span rests on claims about its entity: listed in `about`, or asserting a relation the entity is an end of.
    const claimById = new Map(ds.claims.map((c) => [c.value.id, c.value]));
    for (const rec of ds.entities) {
      const e = rec.value;
      e.span?.claims.forEach((id, i) => {
        const c = claimById.get(id);
        const about = c?.about.includes(e.id) || c?.relations.some((r) => r.from === e.id || r.to === e.id);
        const why = !c ? "does not exist" : about ? "" : "is not about this entity";
        if (why) out.push(at(rec, "references-resolve", `span claim '${id}' ${why}`, ["span", "claims", i]));
      });
    }
    for (const q of ds.quirks) {
      q.value.applies.forEach((id, i) => {
        if (!kinds.has(id) && !claims.has(id))
          out.push(at(q, "references-resolve", `applies to unknown entity or claim '${id}'`, ["applies", i]));
      });
    }
    return out;
  },
};

const relationTypes: Rule = {
  name: "relation-types",
  description: "relation types come from vocabulary.yaml; cites is derived, never written",
  check(ds) {
    const out: Problem[] = [];
    const known = new Set(ds.relationTypes.map((t) => t.value.id));
    for (const c of ds.claims) {
      c.value.relations.forEach((r, i) => {
        if (r.type === "cites")
          out.push(
            at(c, "relation-types", "'cites' relations are derived from citations; remove this one", [
              "relations",
              i,
              "type",
            ]),
          );
        else if (!known.has(r.type))
          out.push(
            at(c, "relation-types", `unknown relation type '${r.type}' (add it to vocabulary.yaml)`, [
              "relations",
              i,
              "type",
            ]),
          );
      });
    }
    return out;
  },
};

const locators: Rule = {
  name: "locators",
  description: "every locator exists in the paper",
  check(ds) {
    const out: Problem[] = [];
    for (const c of ds.claims) {
      if (!isLocator(c.value.locator))
        out.push(
          at(
            c,
            "locators",
            `locator '${c.value.locator}' is not in the paper (front, abstract, keywords, p1-p75, table-1, ref-1-ref-32)`,
            ["locator"],
          ),
        );
    }
    for (const q of ds.quirks) {
      q.value.locators.forEach((l, i) => {
        if (!isLocator(l)) out.push(at(q, "locators", `locator '${l}' is not in the paper`, ["locators", i]));
      });
    }
    return out;
  },
};

const citations: Rule = {
  name: "citations",
  description: "citations of the paper say their basis; pages go only with references",
  check(ds) {
    const out: Problem[] = [];
    const byId = new Map(ds.entities.map((e) => [e.value.id, e.value]));
    for (const c of ds.claims) {
      c.value.citations.forEach((ct, i) => {
        const e = byId.get(ct.source);
        if (!e) return;
        const root = isOfKind(e, "source") && e.attributes.root === true;
        if (root && !ct.basis)
          out.push(
            at(c, "citations", `cites the paper itself without a basis (author-research, author-estimate, ...)`, [
              "citations",
              i,
            ]),
          );
        if (!root && ct.basis)
          out.push(at(c, "citations", `'basis' is only for citations of the paper itself`, ["citations", i, "basis"]));
        if (ct.pages && e.kind !== "source")
          out.push(at(c, "citations", `pages given for ${e.kind} '${e.id}'`, ["citations", i, "pages"]));
      });
      const sources = c.value.citations.map((ct) => `${ct.source}|${ct.pages ?? ""}`);
      if (new Set(sources).size !== sources.length)
        out.push(at(c, "citations", "the same citation appears twice", ["citations"]));
    }
    return out;
  },
};

const times: Rule = {
  name: "times",
  description: "dates parse, run forwards and fall within the paper's span",
  check(ds) {
    const out: Problem[] = [];
    const test = (rec: Located<{ id: string }>, value: string | undefined, path: (string | number)[]) => {
      if (value === undefined) return;
      const r = parseEdtf(value);
      if (typeof r === "string") out.push(at(rec, "times", r, path));
    };
    for (const c of ds.claims) {
      test(c, c.value.when, ["when"]);
      c.value.relations.forEach((r, i) => {
        test(c, r.when, ["relations", i, "when"]);
        if (r.undated && r.when)
          out.push(at(c, "times", "a relation is either undated or has a when", ["relations", i]));
      });
      c.value.quantities.forEach((q, i) => test(c, q.when, ["quantities", i, "when"]));
    }
    for (const e of ds.entities) {
      if (isOfKind(e.value, "model")) test(e, e.value.attributes.period, ["attributes", "period"]);
      test(e, e.value.span?.when, ["span", "when"]);
    }
    return out;
  },
};

const quantities: Rule = {
  name: "quantities",
  description: "ranges have low <= high",
  check(ds) {
    const out: Problem[] = [];
    for (const c of ds.claims) {
      c.value.quantities.forEach((q, i) => {
        if (q.low !== undefined && q.high !== undefined && q.low > q.high)
          out.push(at(c, "quantities", `range ${q.low}-${q.high} runs backwards`, ["quantities", i]));
      });
    }
    return out;
  },
};

const orphans: Rule = {
  name: "orphans",
  description: "every entity is touched by a claim (about, relation end or citation)",
  check(ds) {
    const touched = new Set<string>();
    for (const c of ds.claims) {
      c.value.about.forEach((id) => touched.add(id));
      c.value.citations.forEach((ct) => touched.add(ct.source));
      c.value.relations.forEach((r) => (touched.add(r.from), touched.add(r.to)));
    }
    return ds.entities
      .filter((e) => !touched.has(e.value.id))
      .map((e) => at(e, "orphans", "no claim is about this entity, cites it or relates it"));
  },
};

export const normName = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const aliases: Rule = {
  name: "aliases",
  description: "no label or alias names two entities",
  check(ds) {
    const out: Problem[] = [];
    const owner = new Map<string, Located<{ id: string }>>();
    for (const e of ds.entities) {
      const names = new Set([e.value.label, ...e.value.aliases].map(normName));
      for (const n of names) {
        const prev = owner.get(n);
        if (prev && prev.value.id !== e.value.id)
          out.push(
            at(e, "aliases", `name '${n}' also names '${prev.value.id}' (${prev.file}:${prev.line})`, ["aliases"]),
          );
        else owner.set(n, e);
      }
    }
    return out;
  },
};

export const RULES: Rule[] = [
  uniqueIds,
  referencesResolve,
  relationTypes,
  locators,
  citations,
  times,
  quantities,
  orphans,
  aliases,
  comparison,
];

export function validate(ds: Dataset): Problem[] {
  return RULES.flatMap((r) => r.check(ds));
}
