import { readPairings } from "./classify-links";
import { describePairings } from "./describe-pairings";
import { prepareVersions } from "./prepare-versions";
import type { PairingResult, SourcePairing } from "./types";

/**
 * Applies one correction from the preview to a pairing (the links of a comparison, or of an earlier
 * repair) and describes the result: "pair new paragraph N with old paragraph M", "treat new
 * paragraph N as inserted", "treat old paragraph M as removed". The paragraphs the correction takes
 * from other links leave them: a split that loses a part keeps the rest, a link left with nothing
 * on one side becomes removed or inserted paragraphs. Both arguments are untrusted input.
 */
export function repairPairing(oldParagraphs: readonly string[], newParagraphs: readonly string[], links: unknown, change: unknown): PairingResult {
  const read = readPairings(links, oldParagraphs.length, newParagraphs.length);
  if (!read.ok) return read;
  const parsed = readChange(change);
  if (!parsed) return { ok: false, code: "BAD_CHANGE" };
  const { oldIndex, newIndex } = parsed;
  if (oldIndex !== null && oldIndex >= oldParagraphs.length) return { ok: false, code: "OUT_OF_RANGE", side: "old", index: oldIndex };
  if (newIndex !== null && newIndex >= newParagraphs.length) return { ok: false, code: "OUT_OF_RANGE", side: "new", index: newIndex };

  let pairings = read.value;
  if (oldIndex !== null) pairings = detach(pairings, "old", oldIndex);
  if (newIndex !== null) pairings = detach(pairings, "new", newIndex);
  pairings.push({ old: oldIndex === null ? [] : [oldIndex], new: newIndex === null ? [] : [newIndex] });
  return { ok: true, comparison: describePairings(prepareVersions(oldParagraphs, newParagraphs), pairings) };
}

function readChange(change: unknown): { oldIndex: number | null; newIndex: number | null } | null {
  try {
    if (typeof change !== "object" || change === null) return null;
    const { oldIndex, newIndex } = change as { oldIndex?: unknown; newIndex?: unknown };
    const valid = (index: unknown): index is number | null => index === null || (Number.isInteger(index) && (index as number) >= 0);
    if (!valid(oldIndex) || !valid(newIndex) || (oldIndex === null && newIndex === null)) return null;
    return { oldIndex, newIndex };
  } catch {
    return null;
  }
}

/**
 * Takes one paragraph out of its link. What the link keeps on that side stays paired if it is still
 * consecutive (the first run of it, the rest becoming links of their own); a link left with nothing
 * on one side falls apart into single removed or inserted paragraphs.
 */
function detach(pairings: SourcePairing[], side: "old" | "new", index: number): SourcePairing[] {
  const other = side === "old" ? "new" : "old";
  const result: SourcePairing[] = [];
  for (const pairing of pairings) {
    if (!pairing[side].includes(index)) {
      result.push(pairing);
      continue;
    }
    const kept = pairing[side].filter((k) => k !== index);
    const run = kept.filter((k, position) => k === kept[0] + position);
    const alone = (k: number, which: "old" | "new"): SourcePairing => (which === "old" ? { old: [k], new: [] } : { old: [], new: [k] });
    if (run.length > 0 && pairing[other].length > 0) {
      result.push(side === "old" ? { old: run, new: pairing.new } : { old: pairing.old, new: run });
      kept.slice(run.length).forEach((k) => result.push(alone(k, side)));
    } else {
      kept.forEach((k) => result.push(alone(k, side)));
      pairing[other].forEach((k) => result.push(alone(k, other)));
    }
  }
  return result;
}
