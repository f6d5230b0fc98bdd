import { describe, expect, it } from "vitest";
import type { PublishableSegment } from "./article";
import { checkPublishGate, isPublishable } from "./publish-gate";

const seg = (position: number, kind: PublishableSegment["kind"], state: PublishableSegment["state"], targetText = "text"): PublishableSegment => ({
  position,
  kind,
  state,
  sourceText: "texte",
  targetText,
});

const failing = (segments: PublishableSegment[], errors: number[] = []) =>
  Object.fromEntries(checkPublishGate(segments, errors).filter((i) => !i.isOk).map((i) => [i.code, i.paragraphs]));

describe("checkPublishGate", () => {
  const approved = [seg(0, "TITLE", "APPROVED"), seg(1, "BODY", "APPROVED"), seg(2, "BOILERPLATE", "EXCLUDED"), seg(3, "TAG", "APPROVED", "India")];

  it("passes when every included paragraph is approved, even with page furniture unapproved but excluded", () => {
    expect(failing(approved)).toEqual({});
    expect(isPublishable(checkPublishGate(approved))).toBe(true);
  });

  it.each([
    ["a body paragraph awaiting review", [seg(0, "TITLE", "APPROVED"), seg(1, "BODY", "TRANSLATED")], { unapproved: [2] }],
    ["an unapproved tag", [seg(0, "TITLE", "APPROVED"), seg(1, "TAG", "TRANSLATED", "Russia")], { unapproved: [2], "untranslated-tags": [2] }],
    ["an empty approved tag", [seg(0, "TITLE", "APPROVED"), seg(1, "TAG", "APPROVED", " ")], { unapproved: [2], "untranslated-tags": [2] }],
    ["no title at all", [seg(0, "BODY", "APPROVED")], { "missing-title": [] }],
    ["a title still in review", [seg(0, "TITLE", "REJECTED"), seg(1, "BODY", "APPROVED")], { unapproved: [1], "missing-title": [1] }],
  ])("blocks %s", (_label, segments, expected) => {
    expect(failing(segments)).toEqual(expected);
    expect(isPublishable(checkPublishGate(segments))).toBe(false);
  });

  it("blocks on open error findings reported by the quality checks", () => {
    expect(failing(approved, [1])).toEqual({ "open-errors": [2] });
  });
});

describe("checkPublishGate with an embargo", () => {
  const ready: PublishableSegment[] = [seg(0, "TITLE", "APPROVED"), seg(1, "BODY", "APPROVED")];
  const until = new Date("2026-06-01T12:00:00Z");

  it("blocks before the embargo time and passes after it", () => {
    const before = checkPublishGate(ready, [], { publishNotBefore: until, now: new Date("2026-06-01T11:59:00Z") });
    expect(before.find((item) => item.code === "embargo")).toMatchObject({ isOk: false, until: "2026-06-01T12:00:00.000Z" });
    expect(isPublishable(before)).toBe(false);
    const after = checkPublishGate(ready, [], { publishNotBefore: until, now: new Date("2026-06-01T12:00:01Z") });
    expect(isPublishable(after)).toBe(true);
  });

  it("lists no embargo item for an article without one", () => {
    expect(checkPublishGate(ready, [], { publishNotBefore: null, now: new Date() }).map((item) => item.code)).not.toContain("embargo");
  });
});
