import { describe, expect, it } from "vitest";
import { tokenStatus } from "./token-status";

const now = new Date("2026-11-27T12:00:00Z");

describe("tokenStatus", () => {
  it.each([
    ["no expiry, not revoked", { revokedAt: null, expiresAt: null }, "active"],
    ["expiring in a second", { revokedAt: null, expiresAt: "2026-11-27T12:00:01Z" }, "active"],
    ["expiring at this very instant", { revokedAt: null, expiresAt: "2026-11-27T12:00:00Z" }, "expired"],
    ["expired yesterday", { revokedAt: null, expiresAt: new Date("2026-11-26T12:00:00Z") }, "expired"],
    ["revoked, otherwise valid", { revokedAt: "2026-11-27T11:00:00Z", expiresAt: "2027-01-01T00:00:00Z" }, "revoked"],
    ["revoked and expired", { revokedAt: "2026-11-20T00:00:00Z", expiresAt: "2026-11-21T00:00:00Z" }, "revoked"],
  ] as const)("%s: %s", (_label, token, status) => {
    expect(tokenStatus(token, now)).toBe(status);
  });
});
