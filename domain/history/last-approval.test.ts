import { describe, expect, it } from "vitest";
import { textAtLastApproval, type ApprovalHistoryEntry } from "./last-approval";

const edit = (segmentVersion: number, before: string, after: string): ApprovalHistoryEntry => ({ type: "revision", segmentVersion, before, after });
const state = (segmentVersion: number, toState: string): ApprovalHistoryEntry => ({ type: "state", segmentVersion, toState });

describe("textAtLastApproval", () => {
  it("is null for a paragraph never approved", () => {
    expect(textAtLastApproval([edit(2, "", "Draft."), state(3, "TRANSLATED")], "Draft.")).toBeNull();
  });

  it("is the text saved before the approval, not the edits after it", () => {
    const entries = [edit(2, "", "First."), state(3, "TRANSLATED"), state(4, "APPROVED"), edit(5, "First.", "Second."), state(6, "TRANSLATED")];
    expect(textAtLastApproval(entries, "Second.")).toBe("First.");
  });

  it("takes the latest of several approvals", () => {
    const entries = [edit(2, "", "One."), state(3, "APPROVED"), edit(4, "One.", "Two."), state(5, "APPROVED"), edit(6, "Two.", "Three.")];
    expect(textAtLastApproval(entries, "Three.")).toBe("Two.");
  });

  it("counts an edit made in the same step as the approval (a reviewer's edit and approve)", () => {
    expect(textAtLastApproval([edit(3, "Old.", "Reviewed."), state(3, "APPROVED"), edit(4, "Reviewed.", "Later.")], "Later.")).toBe("Reviewed.");
  });

  it("reads an imported text approved unchanged from the first edit after it, or the current text", () => {
    expect(textAtLastApproval([state(2, "APPROVED"), edit(3, "Imported.", "Edited.")], "Edited.")).toBe("Imported.");
    expect(textAtLastApproval([state(2, "APPROVED")], "Imported.")).toBe("Imported.");
  });

  it("ignores changes of the French and of the kind", () => {
    const entries: ApprovalHistoryEntry[] = [edit(2, "", "Text."), state(3, "APPROVED"), { type: "source", segmentVersion: 4 }, { type: "kind", segmentVersion: 5 }];
    expect(textAtLastApproval(entries, "Text.")).toBe("Text.");
  });
});
