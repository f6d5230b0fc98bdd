import type { Versions } from "./prepare-versions";
import { joinWords, wordSimilarity } from "./similarity";
import { SOURCE_CHANGE_TYPES, type SourceChangeType, type SourceComparison, type SourceLink, type SourcePairing } from "./types";

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Types, similarities and order of a complete, valid pairing (every paragraph of both versions in
 * exactly one pairing; groups consecutive). The one place a link's type is decided, whether the
 * pairing came from the comparison or from the user's corrections, so both always agree.
 */
export function describePairings(versions: Versions, pairings: readonly SourcePairing[]): SourceComparison {
  const links: SourceLink[] = pairings.map((pairing) => describe(versions, pairing));

  // Each new paragraph is in one link: the link that starts at each new position, in new order.
  const startingAt = new Int32Array(versions.newCount).fill(-1);
  links.forEach((link, k) => {
    if (link.new.length > 0) startingAt[link.new[0]] = k;
  });

  // Identical paragraphs out of the order of the rest are "moved". The order kept is the heaviest
  // chain of links increasing on both sides, identical ones weighing more than all others together,
  // so that an edited paragraph that moved never makes identical neighbours look moved.
  const paired: number[] = [];
  for (const k of startingAt) if (k >= 0 && links[k].old.length > 0) paired.push(k);
  const heavy = paired.length + 1;
  const inOrder = heaviestIncreasingChain(
    paired.map((k) => links[k].old[0]),
    paired.map((k) => (links[k].type === "unchanged" ? heavy : 1)),
    versions.oldCount,
  );
  paired.forEach((k, position) => {
    if (links[k].type === "unchanged" && !inOrder[position]) links[k].type = "moved";
  });

  const counts = Object.fromEntries(SOURCE_CHANGE_TYPES.map((type) => [type, 0])) as Record<SourceChangeType, number>;
  let matched = 0;
  for (const link of links) {
    counts[link.type] += 1;
    if (link.type !== "inserted" && link.type !== "removed") matched += link.old.length;
  }
  const matchedRatio = versions.oldCount === 0 ? (versions.newCount === 0 ? 1 : 0) : matched / versions.oldCount;
  return { links: inNewOrder(links, startingAt, versions.oldCount), counts, matchedRatio };
}

function describe(versions: Versions, { old, new: next }: SourcePairing): SourceLink {
  const pairing = { old: [...old], new: [...next] };
  if (old.length === 0) return { type: "inserted", ...pairing, similarity: 0 };
  if (next.length === 0) return { type: "removed", ...pairing, similarity: 0 };
  if (old.length === 1 && next.length === 1) {
    // "moved" is decided once the order of all links is known.
    if (versions.oldKeys[old[0]] === versions.newKeys[next[0]]) return { type: "unchanged", ...pairing, similarity: 1 };
    return { type: "edited", ...pairing, similarity: Math.min(0.99, round(wordSimilarity(versions.oldWords(old[0]), versions.newWords(next[0])))) };
  }
  const similarity = round(wordSimilarity(joinWords(old.map(versions.oldWords)), joinWords(next.map(versions.newWords))));
  return { type: old.length === 1 ? "split" : "merged", ...pairing, similarity };
}

/**
 * Which items belong to the heaviest chain increasing in `keys` (distinct integers below `limit`),
 * the items being in the order of the other side. A Fenwick tree of prefix maxima: O(k log n).
 */
function heaviestIncreasingChain(keys: number[], weights: number[], limit: number): boolean[] {
  const tree = new Float64Array(limit + 1);
  const treeItem = new Int32Array(limit + 1).fill(-1);
  const best = new Float64Array(keys.length);
  const previous = new Int32Array(keys.length).fill(-1);
  for (let k = 0; k < keys.length; k += 1) {
    let value = 0;
    let from = -1;
    for (let at = keys[k]; at > 0; at -= at & -at) {
      if (tree[at] > value) {
        value = tree[at];
        from = treeItem[at];
      }
    }
    best[k] = value + weights[k];
    previous[k] = from;
    for (let at = keys[k] + 1; at <= limit; at += at & -at) {
      if (best[k] > tree[at]) {
        tree[at] = best[k];
        treeItem[at] = k;
      }
    }
  }
  const chosen = new Array<boolean>(keys.length).fill(false);
  let last = -1;
  for (let k = 0; k < keys.length; k += 1) if (last < 0 || best[k] > best[last]) last = k;
  for (let k = last; k >= 0; k = previous[k]) chosen[k] = true;
  return chosen;
}

/** Links in the order of the new version; each removed paragraph after the link of the old one before it. */
function inNewOrder(links: SourceLink[], startingAt: Int32Array, oldCount: number): SourceLink[] {
  const owner = new Int32Array(oldCount);
  links.forEach((link, k) => link.old.forEach((i) => (owner[i] = k)));
  // Removed paragraphs, in old order, grouped by the link they follow (-1: before every link).
  const following = new Map<number, SourceLink[]>();
  let after = -1;
  for (let i = 0; i < oldCount; i += 1) {
    const link = links[owner[i]];
    if (link.new.length > 0) {
      after = owner[i];
      continue;
    }
    const group = following.get(after);
    if (group) group.push(link);
    else following.set(after, [link]);
  }
  const ordered: SourceLink[] = [...(following.get(-1) ?? [])];
  for (const k of startingAt) {
    if (k < 0) continue;
    ordered.push(links[k]);
    const group = following.get(k);
    if (group) ordered.push(...group);
  }
  return ordered;
}
