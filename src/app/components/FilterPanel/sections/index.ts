// The panel section of each filter, by filter id (the type makes a new filter without a section a compile error).
// A filter whose controls live elsewhere would map to null.
import type { Component } from "svelte";
import type { FilterId } from "../../../../core/model/filters/index.ts";
import Isolated from "./Isolated.svelte";
import Kinds from "./Kinds.svelte";
import MinDegree from "./MinDegree.svelte";
import Neighbourhood from "./Neighbourhood.svelte";
import Quirks from "./Quirks.svelte";
import RelationTypes from "./RelationTypes.svelte";
import Source from "./Source.svelte";
import Time from "./Time.svelte";

export const SECTIONS: Record<FilterId, Component | null> = {
  kinds: Kinds,
  relationTypes: RelationTypes,
  time: Time,
  source: Source,
  quirks: Quirks,
  neighbourhood: Neighbourhood,
  minDegree: MinDegree,
  isolated: Isolated,
};
