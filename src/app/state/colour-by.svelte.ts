// "Colour by" of a graph opened from another tool (part of the explorer's view state): the file's categorical node
// attributes, the one the nodes are coloured by (null: the file's own colours, else the kinds'), and the colours that
// gives each node, which the style module reads (src/core/view/colour-by.ts).
import type { KnowledgeBase } from "../../core/data/build.ts";
import { categoricalAttributes, nodeColours, type CategoricalAttribute } from "../../core/view/colour-by.ts";

export class ColourByState {
  by: string | null = $state(null);
  /** The candidates, offered in the "Colour by" select (none for the paper's data). */
  readonly attributes: CategoricalAttribute[];
  readonly names: string[];
  /** Node colours by entity id for `by`, or null. */
  readonly colours: Map<string, string> | null;

  constructor(kb: KnowledgeBase) {
    this.attributes = categoricalAttributes(kb);
    this.names = this.attributes.map((a) => a.attribute);
    this.colours = $derived(this.by === null ? null : nodeColours(kb, this.by));
  }
}
