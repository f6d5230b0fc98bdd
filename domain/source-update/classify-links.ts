import { describePairings } from "./describe-pairings";
import { prepareVersions } from "./prepare-versions";
import type { PairingRefusal, PairingResult, SourcePairing } from "./types";

type Read<T> = { ok: true; value: T } | ({ ok: false } & PairingRefusal);

/**
 * Checks a pairing sent back by the preview and describes it as the comparison would: every old
 * and every new paragraph in exactly one link; several paragraphs on one side only with exactly
 * one on the other, consecutive and in order (a split or a merge); pairs may cross (a paragraph
 * moved). `links` is untrusted input: anything malformed is refused with a code, never thrown.
 */
export function classifyLinks(oldParagraphs: readonly string[], newParagraphs: readonly string[], links: unknown): PairingResult {
  const read = readPairings(links, oldParagraphs.length, newParagraphs.length);
  if (!read.ok) return read;
  return { ok: true, comparison: describePairings(prepareVersions(oldParagraphs, newParagraphs), read.value) };
}

/** The links as plain pairings, or the first problem found in them. */
export function readPairings(links: unknown, oldCount: number, newCount: number): Read<SourcePairing[]> {
  if (!Array.isArray(links)) return { ok: false, code: "NOT_A_LIST" };
  // Every link names at least one paragraph, and each paragraph is named once.
  if (links.length > oldCount + newCount) return { ok: false, code: "TOO_MANY_LINKS" };
  const owners = { old: new Int32Array(oldCount).fill(-1), new: new Int32Array(newCount).fill(-1) };
  const pairings: SourcePairing[] = [];
  for (let link = 0; link < links.length; link += 1) {
    const sides = readLink(links[link], oldCount, newCount);
    if (!sides) return { ok: false, code: "MALFORMED_LINK", link };
    if (sides.old.length + sides.new.length === 0) return { ok: false, code: "EMPTY_LINK", link };
    for (const side of ["old", "new"] as const) {
      const owner = owners[side];
      for (const item of sides[side]) {
        if (typeof item !== "number" || !Number.isInteger(item)) return { ok: false, code: "MALFORMED_LINK", link };
        const index = item;
        if (index < 0 || index >= owner.length) return { ok: false, code: "OUT_OF_RANGE", link, side, index };
        if (owner[index] !== -1) return { ok: false, code: "DUPLICATE", link, side, index };
        owner[index] = link;
      }
    }
    const [olds, news] = [sides.old as number[], sides.new as number[]];
    if (olds.length > 1 && news.length > 1) return { ok: false, code: "MANY_TO_MANY", link };
    if ((olds.length > 1 && news.length === 0) || (news.length > 1 && olds.length === 0)) return { ok: false, code: "UNPAIRED_GROUP", link };
    if (!isConsecutive(olds) || !isConsecutive(news)) return { ok: false, code: "NOT_CONSECUTIVE", link };
    pairings.push({ old: olds, new: news });
  }
  for (const side of ["old", "new"] as const) {
    const index = owners[side].indexOf(-1);
    if (index !== -1) return { ok: false, code: "MISSING", side, index };
  }
  return { ok: true, value: pairings };
}

/**
 * Copies of a link's two lists, or null when it is not an object with two arrays. A list longer
 * than its version must repeat an index or leave the range, which the first count + 1 items show,
 * so no more are copied. Reading hostile input could throw (a getter; JSON never has one), and
 * this must not throw.
 */
function readLink(link: unknown, oldCount: number, newCount: number): { old: unknown[]; new: unknown[] } | null {
  try {
    if (typeof link !== "object" || link === null) return null;
    const { old, new: next } = link as { old?: unknown; new?: unknown };
    if (!Array.isArray(old) || !Array.isArray(next)) return null;
    return { old: old.slice(0, oldCount + 1), new: next.slice(0, newCount + 1) };
  } catch {
    return null;
  }
}

const isConsecutive = (indexes: number[]) => indexes.every((index, k) => k === 0 || index === indexes[k - 1] + 1);
