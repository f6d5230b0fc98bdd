import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/documents/abc", "/documents/abc"],
    ["/admin/users?x=1", "/admin/users?x=1"],
    [undefined, "/documents"],
    ["", "/documents"],
    ["https://evil.example/", "/documents"],
    ["//evil.example/", "/documents"],
    ["/\\evil.example", "/documents"],
    ["/sign-in?callbackUrl=/x", "/documents"],
    ["/api/auth/signout", "/documents"],
    ["/ok\nSet-Cookie: x", "/documents"],
    ["javascript:alert(1)", "/documents"],
  ])("%j -> %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
