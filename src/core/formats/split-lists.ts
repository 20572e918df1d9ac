// Splits joined lists back into their items' parts (used by the flat readers: a relation's citation list is its
// claims' citations joined; a claim_texts cell is its claims' texts joined with " | "). Constraint propagation, then
// a bounded search that goes on to a second solution to say which items are ambiguous.
class OutOfBudget extends Error {}

export interface Split {
  /** Item -> its part, for every item of every list; undefined when no split fits. */
  parts?: Map<string, string[]>;
  /**
   * Items whose part differs in a second split that fits as well (the first is in `parts`). Empty when the split is
   * unique; undefined when the search ran out of budget before knowing.
   */
  ambiguous?: string[];
  error?: string;
}

/**
 * Splits lists back into their items' parts. Each list is the concatenation, in item order, of the parts of its
 * items (a relation's citation list is its claims' citations; a claim_texts cell is its claims' texts split at
 * " | "), and an item's part is the same in every list it is in. Constraint propagation over every list an item is
 * in (a list whose unknown items have exactly one element each left is forced), then a bounded search where a list
 * still has several unknown items; the search goes on to a second solution to tell which items are ambiguous.
 * `fits` says whether a part may belong to an item (parts have at least one element).
 */
export function splitLists(
  lists: { items: string[]; parts: string[] }[],
  fits: (item: string, part: string[]) => boolean = (_, p) => p.length > 0,
  budget = 1_000_000,
): Split {
  const assigned = new Map<string, string[]>();
  const listsOf = new Map<string, number[]>();
  lists.forEach((l, j) => {
    for (const c of new Set(l.items)) listsOf.set(c, [...(listsOf.get(c) ?? []), j]);
  });
  const ok = (item: string, part: string[]) => part.length > 0 && fits(item, part);
  const same = (a: string[], list: string[], at: number) => a.every((x, k) => list[at + k] === x);
  let steps = 0;

  /** Checks and deduces from every queued list; false on a contradiction. Assigned items go on the trail. */
  const propagate = (queue: number[], trail: string[]): boolean => {
    while (queue.length) {
      if (++steps > budget) throw new OutOfBudget();
      const l = lists[queue.pop()!];
      const n = l.parts.length;
      // Known prefix up to the first unknown item; known suffix back to the last one.
      let head = 0;
      let i = 0;
      for (; i < l.items.length && assigned.has(l.items[i]); i++) {
        const part = assigned.get(l.items[i])!;
        if (!same(part, l.parts, head)) return false;
        head += part.length;
      }
      if (i === l.items.length) {
        if (head !== n) return false;
        continue;
      }
      let tail = n;
      let k = l.items.length - 1;
      for (; k > i && assigned.has(l.items[k]); k--) {
        const part = assigned.get(l.items[k])!;
        tail -= part.length;
        if (tail < head || !same(part, l.parts, tail)) return false;
      }
      let known = 0;
      let unknown = 0;
      for (let m = i; m <= k; m++) {
        const part = assigned.get(l.items[m]);
        if (part) known += part.length;
        else unknown++;
      }
      const free = tail - head - known;
      if (free < unknown) return false;
      const set = (item: string, part: string[]): boolean => {
        if (!ok(item, part)) return false;
        assigned.set(item, part);
        trail.push(item);
        queue.push(...listsOf.get(item)!);
        return true;
      };
      if (unknown === 1) {
        // i === k: the one unknown item takes what is left.
        if (!set(l.items[i], l.parts.slice(head, tail))) return false;
      } else if (free === unknown) {
        // One element left for each unknown item: every position is forced.
        for (let m = i, at = head; m <= k; m++) {
          const part = assigned.get(l.items[m]);
          if (part) {
            if (!same(part, l.parts, at)) return false;
            at += part.length;
          } else if (!set(l.items[m], [l.parts[at++]])) return false;
        }
      }
    }
    return true;
  };
  const undo = (trail: string[]) => trail.forEach((c) => assigned.delete(c));
  const unknownIn = (l: { items: string[] }) => l.items.reduce((n, c) => n + (assigned.has(c) ? 0 : 1), 0);

  let first: Map<string, string[]> | undefined;
  let second: Map<string, string[]> | undefined;
  let found = 0;
  /** Depth-first over the lists still open; stops at the second solution. */
  const search = (open: number[]): boolean => {
    steps += open.length;
    if (steps > budget) throw new OutOfBudget();
    const still = open.filter((j) => unknownIn(lists[j]) > 0);
    if (still.length === 0) {
      if (found++ === 0) first = new Map(assigned);
      else second = new Map(assigned);
      return found >= 2;
    }
    // The list with the fewest unknown items; its first unknown item starts at a known position.
    const best = still.reduce((a, j) => (unknownIn(lists[j]) < unknownIn(lists[a]) ? j : a));
    const l = lists[best];
    let head = 0;
    let i = 0;
    for (; assigned.has(l.items[i]); i++) head += assigned.get(l.items[i])!.length;
    const others = l.items.slice(i + 1).reduce((m, c) => m + (assigned.get(c)?.length ?? 1), 0);
    for (let end = head + 1; end <= l.parts.length - others; end++) {
      const part = l.parts.slice(head, end);
      if (!ok(l.items[i], part)) continue;
      assigned.set(l.items[i], part);
      const trail = [l.items[i]];
      const stop = propagate([...listsOf.get(l.items[i])!], trail) && search(still);
      undo(trail);
      if (stop) return true;
    }
    return false;
  };

  const all = lists.map((_, j) => j);
  try {
    if (!propagate([...all], [])) return { error: "the lists do not split into their items' parts" };
    search(all);
  } catch (e) {
    if (!(e instanceof OutOfBudget || e instanceof RangeError)) throw e;
    return first ? { parts: first } : { error: "too ambiguous to split" };
  }
  if (!first) return { error: "the lists do not split into their items' parts" };
  const other = second as Map<string, string[]> | undefined;
  const differs = (item: string, part: string[]) => {
    const alt = other!.get(item)!;
    return alt.length !== part.length || !same(part, alt, 0);
  };
  const ambiguous = other ? [...first].filter(([item, part]) => differs(item, part)).map(([i]) => i) : [];
  return { parts: first, ambiguous };
}
