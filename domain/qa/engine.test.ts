import { describe, expect, it } from "vitest";
import { CHECK_IDS, CHECKS, findingMessageKey } from "./engine";
import type { Finding } from "./types";

describe("check metadata", () => {
  it("gives every check, document-level ones included, a unique id", () => {
    expect(new Set(CHECK_IDS).size).toBe(CHECKS.length);
    expect(CHECK_IDS).toContain("inconsistent-spelling");
  });

  it.each([
    [{ checkId: "double-space", severity: "warning", params: {} }, "double-space"],
    [{ checkId: "inconsistent-spelling", severity: "warning", params: { form: "S400", variants: "S 400, S400" } }, "inconsistent-spelling"],
    [{ checkId: "glossary", severity: "error", params: { found: "Poutine", expected: "Putin" } }, "glossary-found"],
    [{ checkId: "glossary", severity: "error", params: { term: "Poutine", expected: "Putin" } }, "glossary-missing"],
    [{ checkId: "source-typography", severity: "warning", params: { kind: "decimal-comma" } }, "source-typography-decimal-comma"],
  ] as [Finding, string][])("%j has the message key %s, as its check declares", (finding, key) => {
    expect(findingMessageKey(finding)).toBe(key);
  });
});
