import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authSecretFile, authSecretProblem, loadOrCreateAuthSecret } from "@/server/auth/secret-rules.js";

describe("the session-signing secret", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it.each([
    [undefined, "missing"],
    ["", "missing"],
    ["vis-a-vis-local-development-secret-change-me", "known"],
    ["<long random value>", "known"],
    ["short-but-random-0123", "too-short"],
    ["q7JxLr0tY2m9WcVb1nZk4sHfP8aGd3Eu6iOyTlQw5Xe", null],
  ])("judges %j as %s", (secret, problem) => {
    expect(authSecretProblem(secret)).toBe(problem);
  });

  it("is generated once beside a SQLite database, readable by its owner only, and reused", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "vav-secret-"));
    try {
      const database = path.join(folder, "data", "vis-a-vis.db");
      const first = loadOrCreateAuthSecret(database);
      expect(authSecretProblem(first)).toBeNull();
      expect(statSync(authSecretFile(database)).mode & 0o777).toBe(0o600);
      expect(loadOrCreateAuthSecret(database)).toBe(first);
      expect(readFileSync(authSecretFile(database), "utf8").trim()).toBe(first);
      expect(loadOrCreateAuthSecret(path.join(folder, "other", "vis-a-vis.db"))).not.toBe(first);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([undefined, "vis-a-vis-local-development-secret-change-me"])("stops a production server with the secret %j", async (secret) => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", secret);
    await expect(import("@/server/env")).rejects.toThrow(/NEXTAUTH_SECRET/);
  });

  it("lets a production server start with a long random secret", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "q7JxLr0tY2m9WcVb1nZk4sHfP8aGd3Eu6iOyTlQw5Xe");
    await expect(import("@/server/env")).resolves.toMatchObject({ env: { NODE_ENV: "production" } });
  });
});
