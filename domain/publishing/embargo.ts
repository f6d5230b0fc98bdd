/**
 * An embargo holds an article's publication until its time: "publish not before". The publish
 * gate and the checklist both ask this one function.
 */
export function isEmbargoed(publishNotBefore: Date | null | undefined, now: Date): boolean {
  return publishNotBefore != null && now.getTime() < publishNotBefore.getTime();
}
