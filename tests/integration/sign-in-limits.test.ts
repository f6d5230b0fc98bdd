import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { authenticateUser } from "@/server/auth/authenticate-user";
import { hashPassword, needsRehash, TIMING_DUMMY_HASH, verifyPassword } from "@/server/auth/password";
import { limitCredentialsSignIn, readSignInOutcome } from "@/server/auth/sign-in-limits";
import {
  parseSignInLimitedError,
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  SIGN_IN_LIMIT_WINDOW_SECONDS,
} from "@/server/auth/sign-in-limits.schema";
import { createActor, TEST_PASSWORD } from "./support/actors";

const SIGN_IN_URL = "http://localhost:3000/api/auth/callback/credentials";

function signInRequest(email: string, password: string, address?: string): Request {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (address) headers["x-forwarded-for"] = `${address}, 10.0.0.1`;
  return new Request(SIGN_IN_URL, { method: "POST", headers, body: new URLSearchParams({ email, password, csrfToken: "token", json: "true" }) });
}

/**
 * Stands in for next-auth's credentials callback (which needs a Next request scope): it checks the
 * password with the app's authorize step and answers the way next-auth does with `json=true`.
 */
function nextAuthAnswer(email: string, password: string, calls: { count: number } = { count: 0 }) {
  return async () => {
    calls.count += 1;
    const actor = await authenticateUser({ email, password });
    if (actor) {
      return Response.json({ url: "http://localhost:3000/documents" }, { headers: { "set-cookie": "next-auth.session-token=signed; Path=/; HttpOnly" } });
    }
    return Response.json({ url: "http://localhost:3000/sign-in?error=CredentialsSignin&provider=credentials" }, { status: 401 });
  };
}

async function attempt(email: string, password: string, options: { address?: string; trustProxy?: boolean; calls?: { count: number } } = {}) {
  return limitCredentialsSignIn(signInRequest(email, password, options.address), nextAuthAnswer(email, password, options.calls), options.trustProxy ?? false);
}

async function failTimes(times: number, email: string, options: { address?: string; trustProxy?: boolean } = {}) {
  for (let i = 0; i < times; i += 1) expect((await attempt(email, "wrong password", options)).status).toBe(401);
}

describe("sign-in limits", () => {
  it(`refuses the attempt after ${SIGN_IN_FAILURES_PER_ACCOUNT} failures for an account, even with the right password, with 429 and Retry-After`, async () => {
    const actor = await createActor("TRANSLATOR");
    await failTimes(SIGN_IN_FAILURES_PER_ACCOUNT, actor.email);

    const calls = { count: 0 };
    const refused = await attempt(actor.email.toUpperCase(), TEST_PASSWORD, { calls });
    expect(refused.status).toBe(429);
    expect(calls.count).toBe(0);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMIT_WINDOW_SECONDS);
    const body = (await refused.json()) as { url: string; limitedBy: string };
    expect(body.limitedBy).toBe("account");
    // What next-auth's signIn() hands the form: the error of the answered URL, naming the wait.
    expect(parseSignInLimitedError(new URL(body.url).searchParams.get("error"))).toBe(retryAfter);

    const events = await db.auditEvent.findMany({ where: { entityType: "SignIn", entityId: actor.email }, select: { action: true, actorId: true, data: true } });
    expect(events.filter((event) => event.action === "auth.sign-in-failed")).toHaveLength(SIGN_IN_FAILURES_PER_ACCOUNT);
    const limited = events.filter((event) => event.action === "auth.sign-in-limited");
    expect(limited).toHaveLength(1);
    expect(limited[0].actorId).toBeNull();
    expect(JSON.parse(limited[0].data)).toMatchObject({ limitedBy: "account" });

    // Another account is not affected.
    const other = await createActor("TRANSLATOR");
    expect((await attempt(other.email, TEST_PASSWORD)).status).toBe(200);
  });

  it("lets a burst of parallel wrong passwords run no more password checks than the limit", async () => {
    const actor = await createActor("TRANSLATOR");
    const calls = { count: 0 };
    const answers = await Promise.all(Array.from({ length: SIGN_IN_FAILURES_PER_ACCOUNT + 5 }, () => attempt(actor.email, "wrong password", { calls })));
    expect(calls.count).toBeLessThanOrEqual(SIGN_IN_FAILURES_PER_ACCOUNT);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(5);
    expect((await attempt(actor.email, TEST_PASSWORD)).status).toBe(429);
  });

  it("clears an account's failures when it signs in, so its owner is not locked out later", async () => {
    const actor = await createActor("REVIEWER");
    await failTimes(SIGN_IN_FAILURES_PER_ACCOUNT - 1, actor.email);
    const success = await attempt(actor.email, TEST_PASSWORD);
    expect(success.status).toBe(200);
    await failTimes(SIGN_IN_FAILURES_PER_ACCOUNT - 1, actor.email);
    expect((await attempt(actor.email, TEST_PASSWORD)).status).toBe(200);
  });

  it("counts only failures: a request refused before the password check (no CSRF token) uses nothing", async () => {
    const actor = await createActor("REVIEWER");
    const csrfRefusal = async () => Response.json({ url: "http://localhost:3000/sign-in?csrf=true" });
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT + 2; i += 1) {
      expect((await limitCredentialsSignIn(signInRequest(actor.email, "wrong"), csrfRefusal, false)).status).toBe(200);
    }
    expect((await attempt(actor.email, TEST_PASSWORD)).status).toBe(200);
    expect(await db.signInAttempt.count({ where: { key: { contains: actor.email } } })).toBe(0);
  });

  it(`limits an address to ${SIGN_IN_FAILURES_PER_ADDRESS} failures across accounts, only when TRUST_PROXY says a proxy sets X-Forwarded-For`, async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200)}-${randomUUID().slice(0, 6)}`;
    const email = () => `sprayed-${randomUUID()}@example.com`;
    // Untrusted: the header is ignored, so one client cannot lock out an address (or everyone).
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ADDRESS + 2; i += 1) expect((await attempt(email(), "wrong", { address })).status).toBe(401);

    for (let i = 0; i < SIGN_IN_FAILURES_PER_ADDRESS; i += 1) expect((await attempt(email(), "wrong", { address, trustProxy: true })).status).toBe(401);
    const refused = await attempt(email(), "wrong", { address, trustProxy: true });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ limitedBy: "address" });
    // The same accounts from another address still get their answer.
    const actor = await createActor("TRANSLATOR");
    expect((await attempt(actor.email, TEST_PASSWORD, { address: `${address}-elsewhere`, trustProxy: true })).status).toBe(200);
  });

  it("reads next-auth's answers: a session cookie, a wrong password, anything else", async () => {
    await expect(readSignInOutcome(new Response(null, { status: 302, headers: { location: "/sign-in?error=CredentialsSignin" } }))).resolves.toBe("wrong-credentials");
    await expect(readSignInOutcome(new Response(null, { status: 302, headers: { location: "/sign-in?csrf=true" } }))).resolves.toBe("not-checked");
    await expect(
      readSignInOutcome(new Response(null, { status: 302, headers: { location: "/", "set-cookie": "__Secure-next-auth.session-token=x; Path=/" } })),
    ).resolves.toBe("signed-in");
  });
});

describe("password hashing", () => {
  it("hashes with Argon2id, and an unknown email is checked against a hash of the same cost", async () => {
    const hash = await hashPassword("a long enough secret");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(TIMING_DUMMY_HASH)).toBe(false);
    await expect(verifyPassword("a long enough secret", hash)).resolves.toBe(true);
    await expect(verifyPassword("something else", hash)).resolves.toBe(false);
    await expect(verifyPassword("anything", TIMING_DUMMY_HASH)).resolves.toBe(false);
    await expect(verifyPassword("anything", "not a hash")).resolves.toBe(false);
  });

  it("still accepts a bcrypt hash from before, and replaces it with Argon2id at that sign-in", async () => {
    const actor = await createActor("REVIEWER");
    const oldHash = await bcrypt.hash(TEST_PASSWORD, 10);
    await db.user.update({ where: { id: actor.id }, data: { passwordHash: oldHash } });
    await expect(authenticateUser({ email: actor.email, password: "wrong password" })).resolves.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).passwordHash).toBe(oldHash);

    await expect(authenticateUser({ email: actor.email, password: TEST_PASSWORD })).resolves.toMatchObject({ id: actor.id });
    const upgraded = (await db.user.findUniqueOrThrow({ where: { id: actor.id } })).passwordHash;
    expect(upgraded).toMatch(/^\$argon2id\$/);
    await expect(authenticateUser({ email: actor.email, password: TEST_PASSWORD })).resolves.toMatchObject({ id: actor.id });
    await expect(authenticateUser({ email: actor.email, password: "wrong password" })).resolves.toBeNull();
  });

  it("hashes off the event loop: a timer keeps firing while ten hashes run at once", async () => {
    const events: string[] = [];
    const timer = setInterval(() => events.push("tick"), 1);
    try {
      const hashes = Array.from({ length: 10 }, (_, i) => hashPassword(`password number ${i}`).then(() => events.push("hash")));
      await Promise.all(hashes);
    } finally {
      clearInterval(timer);
    }
    // A hash computed on the main thread would finish before any timer could run.
    expect(events[0]).toBe("tick");
    const lastHash = events.lastIndexOf("hash");
    expect(events.slice(0, lastHash).filter((event) => event === "tick").length).toBeGreaterThan(1);
  });
});
