// Synthetic knowledge bases for the benchmark (`npm run bench`): deterministic from a seed, in the project's own
// export format (what writeJson writes and readJson reads), at any size. Records are generated at the level of the
// curated data (entities, claims asserting relations, citations, quirks) and go through buildKnowledgeBase, so the
// served shape (derived relations and `cites`, entity claim lists, time spans) is exactly the real one. Entities of
// every kind sit in clusters of about 40; most relations stay inside a cluster; about 4 relations per entity.
// Positions come from the clusters (a sunflower of discs), since ForceAtlas2 at 100k nodes would take minutes.
import { buildKnowledgeBase, type KnowledgeBase } from "../../src/core/data/build.ts";
import type { Positions } from "../../src/core/model/graph.ts";
import { seededRandom } from "../../src/core/model/layout.ts";
import type { Dataset, Located } from "../../src/core/data/load.ts";
import { LOCATORS } from "../../src/core/data/locators.ts";
import {
  QUIRK_KINDS,
  type Citation,
  type Claim,
  type Entity,
  type EntityKind,
  type Quantity,
  type Quirk,
  type RelationSpec,
  type RelationType,
} from "../../src/core/data/schema.ts";

export interface SynthOptions {
  /** Number of entities (the paper's own root source included). */
  entities: number;
  seed?: number;
  /** Mean entities per cluster. */
  clusterSize?: number;
}

export interface SynthDataset {
  kb: KnowledgeBase;
  layout: Positions;
}

/** Share of each kind, in entities per 100 (every kind present, people and agencies most common). */
export const KIND_SHARES: Record<EntityKind, number> = {
  person: 20,
  agency: 12,
  event: 10,
  group: 10,
  concept: 10,
  source: 10,
  region: 8,
  interviewee: 5,
  industry: 5,
  state: 3,
  agreement: 3,
  resolution: 3,
  model: 1,
  // The kind of graphs opened from other tools: not in the paper's data, so not in its synthetic twin.
  other: 0,
};

/** Relation types of the synthetic vocabulary: ids the palette knows, so colours spread over every family. */
const RELATION_TYPE_IDS = [
  "employs",
  "recruits",
  "works-in",
  "sends-workers-to",
  "engaged-in",
  "regulates",
  "supervises",
  "signed",
  "party-to",
  "pays",
  "trades-with",
  "sells-to",
  "located-in",
  "part-of",
  "operates-in",
  "member-of",
  "leads",
  "led-to",
  "based-on",
  "concerns",
  "funds",
  "reports",
];

const SYLLABLES = ["ka", "ro", "mi", "tan", "vel", "sor", "lin", "ba", "zu", "dor", "ne", "pha", "gor", "ita", "sun"];
const NOUNS: Record<EntityKind, string[]> = {
  state: ["Republic", "Federation", "Kingdom", "Union"],
  agency: ["Ministry", "Bureau", "Trust", "Committee", "Office"],
  model: ["Model"],
  region: ["Krai", "Oblast", "Valley", "Coast", "Province"],
  interviewee: ["Respondent"],
  source: ["Report", "Review", "Study", "Survey"],
  person: ["Director", "Minister", "Engineer", "Envoy"],
  agreement: ["Accord", "Agreement", "Protocol"],
  resolution: ["Resolution"],
  event: ["Crisis", "Reform", "Campaign", "Sanctions"],
  industry: ["Logging", "Fisheries", "Construction", "Farming", "Mining"],
  group: ["Brigade", "Workers", "Guild", "Crew"],
  concept: ["Doctrine", "Principle", "Quota", "Policy"],
  other: ["Node"],
};
const TOPICS = [
  "timber",
  "fishing",
  "wages",
  "housing",
  "quotas",
  "travel",
  "trade",
  "permits",
  "camps",
  "remittances",
];
const VERBS = ["oversaw", "paid", "hired", "sent", "regulated", "reported on", "worked with", "funded", "opposed"];

/** A kind for each index: the shares above, repeated every 100 entities, in a shuffled but fixed order. */
function kindTable(rng: () => number): EntityKind[] {
  const table: EntityKind[] = [];
  for (const [kind, share] of Object.entries(KIND_SHARES) as [EntityKind, number][])
    for (let i = 0; i < share; i++) table.push(kind);
  for (let i = table.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [table[i], table[j]] = [table[j], table[i]];
  }
  return table;
}

const located = <T>(value: T, line: number): Located<T> => ({ value, file: "synthetic", line, lineOf: () => line });

/** The synthetic dataset, as the YAML loader would produce it (valid under the schema and every rule). */
export function synthRecords(options: SynthOptions): Dataset {
  const n = options.entities;
  if (!Number.isInteger(n) || n < 100) throw new Error(`synth: entities must be an integer >= 100, got ${n}`);
  const rng = seededRandom(options.seed ?? 1);
  const clusterSize = options.clusterSize ?? 40;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const word = () => {
    const w = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join("");
    return w[0].toUpperCase() + w.slice(1);
  };

  const kinds = kindTable(rng);
  const clusters = Math.max(1, Math.round(n / clusterSize));
  const clusterOf = (i: number) => Math.floor((i * clusters) / n);

  // Entities. Index 0 is the root source (the "paper" every claim of the author cites).
  const entities: Entity[] = [];
  const sourcesByCluster: string[][] = Array.from({ length: clusters }, () => []);
  const allSources: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind: EntityKind = i === 0 ? "source" : kinds[i % kinds.length];
    const id = i === 0 ? "synthetic-root" : `${kind}-${i}`;
    const noun = pick(NOUNS[kind]);
    const label = i === 0 ? "Synthetic corpus" : `${word()} ${noun} ${i}`;
    const aliases = i > 0 && rng() < 0.4 ? [`${noun} ${word()} ${i}`] : [];
    const description = `A synthetic ${kind} of cluster ${clusterOf(i)}, concerned with ${pick(TOPICS)} and ${pick(TOPICS)}.`;
    // attributesOf writes each kind's attributes as its schema asks (checked when the corpus is validated).
    entities.push({ id, kind, label, aliases, description, attributes: attributesOf(kind, i, label) } as Entity);
    if (i > 0 && (kind === "source" || kind === "interviewee")) {
      sourcesByCluster[clusterOf(i)].push(id);
      allSources.push(id);
    }
  }

  function attributesOf(kind: EntityKind, i: number, label: string): Record<string, unknown> {
    const year = int(1946, 2019);
    if (kind === "source") {
      const family = word();
      return {
        type: pick(["article-journal", "report", "book", "webpage"] as const),
        author: [{ family, given: word() }],
        issued: String(year),
        title: `${label}: ${pick(TOPICS)} and ${pick(TOPICS)}`,
        "citation-key": `${family}, ${year} (${i})`,
        ...(i === 0 ? { root: true, DOI: "10.0000/synthetic" } : { "ref-index": i }),
      };
    }
    if (kind === "interviewee") {
      const born = int(1950, 1995);
      const month = String(int(1, 12)).padStart(2, "0");
      return {
        "birth-year": `Around ${born}`,
        "period-in-russia": `${born + 25}-${born + 28}`,
        position: pick(["Builder", "Logger", "Driver", "Cook"]),
        "interview-date": `${month}/2018`,
        "interview-date-iso": `2018-${month}-01`,
      };
    }
    if (kind === "model") return { year, period: `${year}/${Math.min(2020, year + int(5, 30))}` };
    return rng() < 0.3 ? { founded: year } : {};
  }

  // Claims: two per entity on average, each asserting one or two relations from that entity, mostly to entities of
  // the same cluster, citing a source or interviewee of the cluster (or the root, with a basis).
  const claims: Claim[] = [];
  const when = (): string | undefined => {
    const r = rng();
    const y = int(1946, 2015);
    if (r < 0.35) return undefined;
    if (r < 0.6) return String(y);
    if (r < 0.75) return `${y}/${y + int(1, 12)}`;
    if (r < 0.85) return `${y}-${String(int(1, 12)).padStart(2, "0")}`;
    if (r < 0.92) return `~${y}`;
    return `${y}/..`;
  };
  const target = (i: number): number => {
    const c = clusterOf(i);
    const lo = Math.ceil((c * n) / clusters);
    const hi = Math.ceil(((c + 1) * n) / clusters) - 1;
    for (;;) {
      const j = rng() < 0.85 ? int(lo, hi) : int(1, n - 1);
      if (j !== i) return j;
    }
  };
  for (let i = 1; i < n; i++) {
    const count = rng() < 0.5 ? 2 : rng() < 0.5 ? 1 : 3;
    for (let k = 0; k < count; k++) {
      const claimWhen = when();
      const relations: RelationSpec[] = [];
      const rels = rng() < 0.95 ? 2 : 1;
      for (let r = 0; r < rels; r++)
        relations.push({ type: pick(RELATION_TYPE_IDS), from: entities[i].id, to: entities[target(i)].id });
      const local = sourcesByCluster[clusterOf(i)];
      const citations: Citation[] =
        rng() < 0.15 || allSources.length === 0
          ? [{ source: "synthetic-root", basis: pick(["author-research", "interviews", "fieldwork"] as const) }]
          : [citedBy(local.length && rng() < 0.8 ? pick(local) : pick(allSources))];
      const quantities: Quantity[] =
        rng() < 0.1
          ? [
              rng() < 0.5
                ? {
                    measure: `${pick(TOPICS)} volume`,
                    value: int(10, 50_000),
                    unit: "people",
                    approximate: true,
                    text: "some",
                  }
                : {
                    measure: `${pick(TOPICS)} pay`,
                    low: 100,
                    high: int(100, 900),
                    unit: "USD",
                    approximate: false,
                    text: "a range",
                  },
            ]
          : [];
      const claim: Claim = {
        id: `claim-${i}-${k}`,
        locator: pick(LOCATORS),
        text: `${entities[i].label} ${pick(VERBS)} ${entities[target(i)].label} over ${pick(TOPICS)}.`,
        citations,
        quantities,
        about: rng() < 0.3 ? [entities[target(i)].id] : [],
        relations,
      };
      if (claimWhen) claim.when = claimWhen;
      if (claimWhen && rng() < 0.2) claim["when-text"] = `around ${claimWhen}`;
      claims.push(claim);
    }
  }
  function citedBy(source: string): Citation {
    return source.startsWith("source-") && rng() < 0.7 ? { source, pages: String(int(1, 300)) } : { source };
  }
  // The root must be touched by a claim too (the orphans rule): the first claim is about it.
  claims[0].about = ["synthetic-root"];

  const quirks: Quirk[] = Array.from({ length: Math.max(1, Math.floor(n / 200)) }, (_, q) => ({
    id: `quirk-${q}`,
    kind: pick(QUIRK_KINDS),
    locators: [pick(LOCATORS)],
    applies: [pick(entities).id, pick(claims).id],
    note: `Synthetic inconsistency ${q} between two ${pick(TOPICS)} figures.`,
  }));

  const relationTypes: RelationType[] = RELATION_TYPE_IDS.map((id) => ({
    id,
    label: id.replace(/-/g, " "),
    inverse: `${id.replace(/-/g, " ")} (inverse)`,
    description: `Synthetic relation type '${id}'.`,
  }));

  return {
    entities: entities.map((e, i) => located(e, i + 1)),
    claims: claims.map((c, i) => located(c, i + 1)),
    quirks: quirks.map((q, i) => located(q, i + 1)),
    relationTypes: relationTypes.map((t, i) => located(t, i + 1)),
  };
}

/** Cluster-shaped positions: clusters on a sunflower spiral, members spread around their centre. */
export function synthLayout(kb: KnowledgeBase, options: SynthOptions): Positions {
  const rng = seededRandom((options.seed ?? 1) ^ 0x5eed);
  const n = kb.entities.length;
  const clusters = Math.max(1, Math.round(n / (options.clusterSize ?? 40)));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: Positions = {};
  kb.entities.forEach((e, i) => {
    const c = Math.floor((i * clusters) / n);
    const r = 60 * Math.sqrt(c + 0.5);
    // Box-Muller: a normal spread around the cluster centre.
    const g = Math.sqrt(-2 * Math.log(1 - rng())) * 12;
    const a = 2 * Math.PI * rng();
    const x = r * Math.cos(c * golden) + g * Math.cos(a);
    const y = r * Math.sin(c * golden) + g * Math.sin(a);
    out[e.id] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
  });
  return out;
}

/** The knowledge base and layout of a synthetic dataset. */
export function synthesize(options: SynthOptions): SynthDataset {
  const kb = buildKnowledgeBase(synthRecords(options));
  return { kb, layout: synthLayout(kb, options) };
}

/** Search queries a user might type: words of labels (whole or prefixes), drawn with a seed. */
export function searchQueries(kb: KnowledgeBase, count: number, seed = 7): string[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const e = kb.entities[1 + Math.floor(rng() * (kb.entities.length - 1))];
    const first = e.label.split(" ")[0];
    return i % 2 === 0 ? first.toLowerCase() : first.slice(0, 4).toLowerCase();
  });
}

/** Kinds whose entities add up to about half of all (largest kinds first, while they fit): the bench's filter. */
export function halfKinds(kb: KnowledgeBase): string[] {
  const counts = new Map<string, number>();
  for (const e of kb.entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const out: string[] = [];
  let sum = 0;
  for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
    if (sum + count <= kb.entities.length / 2) {
      out.push(kind);
      sum += count;
    }
  return out;
}
