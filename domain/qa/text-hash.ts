/**
 * A short fingerprint of a paragraph's two texts (FNV-1a, 64 bits as hex). A dismissed finding
 * applies only while the fingerprint is unchanged: edit the text and the finding comes back.
 * Not a security measure; the same code runs in the browser and on the server.
 */
export function textFingerprint(sourceText: string, targetText: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const char of `${sourceText}\u0000${targetText}`) {
    hash ^= BigInt(char.codePointAt(0) as number);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

export type Dismissal = { segmentId: string; checkId: string; textHash: string };

/** Whether a finding on this paragraph, for its current texts, was dismissed. */
export function isDismissed(dismissals: readonly Dismissal[], segment: { id: string; sourceText: string; targetText: string }, checkId: string): boolean {
  if (dismissals.length === 0) return false;
  const hash = textFingerprint(segment.sourceText, segment.targetText);
  return dismissals.some((d) => d.segmentId === segment.id && d.checkId === checkId && d.textHash === hash);
}
