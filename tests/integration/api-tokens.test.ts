import { spawnSync } from "node:child_process";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

// A small limit so the 429 is reached in a few requests; set before the server's env is read.
const RATE_LIMIT = 25;
const SECRET = "integration-tests-secret-that-is-long-enough";
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "25";
  process.env.NEXTAUTH_SECRET = "integration-tests-secret-that-is-long-enough";
});

// Route handlers read the session cookie through next/headers, which only works inside a Next
// request. Here it hands over the headers of the request under test: the framework is stood in
// for, never our code or the database.
const scope = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => scope.headers,
  cookies: async () => {
    const pairs = (scope.headers.get("cookie") ?? "")
      .split(";")
      .map((part) => part.trim())
      .filter((part) => part.includes("="))
      .map((part) => ({ name: part.slice(0, part.indexOf("=")), value: part.slice(part.indexOf("=") + 1) }));
    return { getAll: () => pairs, get: (name: string) => pairs.find((pair) => pair.name === name) };
  },
}));

import { db, isPostgres } from "@/server/db";
import { authenticateApiToken } from "@/server/auth/api-token";
import { syncApiRateLimits } from "@/server/auth/api-rate-limit";
import { endSessions } from "@/server/auth/find-actor";
import { authenticateUser } from "@/server/auth/authenticate-user";
import type { Actor } from "@/server/auth/permissions";
import { PRESENCE_HEARTBEAT_MS } from "@/server/services/presence/presence-connection";
import { streamDocumentEvents } from "@/server/services/presence/stream-document-events";
import { createToken } from "@/server/services/tokens/create-token";
import { MAX_ACTIVE_TOKENS_PER_ACCOUNT } from "@/server/services/tokens/create-token.schema";
import { listTokens } from "@/server/services/tokens/list-tokens";
import { revokeToken } from "@/server/services/tokens/revoke-token";
import { listUsers } from "@/server/services/users/list-users";
import { updateUserRole } from "@/server/services/users/update-user-role";
import { updateUserLanguages } from "@/server/services/users/update-user-languages";
import { GET as getDocumentsRoute, POST as postDocumentsRoute } from "@/app/api/documents/route";
import { GET as getDocumentRoute } from "@/app/api/documents/[id]/route";
import { POST as reviewRoute } from "@/app/api/segments/[id]/review/route";
import { GET as getTokensRoute, POST as postTokensRoute } from "@/app/api/tokens/route";
import { DELETE as deleteTokenRoute } from "@/app/api/tokens/[id]/route";
import { countRows, createActor, TEST_PASSWORD } from "./support/actors";
import { createSmallDocument } from "./support/documents";

const BASE = "http://localhost:3000";
const DAY_MS = 24 * 60 * 60 * 1000;
const root = path.resolve(import.meta.dirname, "../..");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route answers its own shape; the tests read what they check
type Answer = { data?: any; error?: { code: string; params: Record<string, unknown> } };
type Route = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Call = { path: string; method?: string; token?: string; authorization?: string; session?: Actor; cookie?: string; origin?: string; body?: unknown; params?: Record<string, string> };

async function sessionCookie(actor: Actor): Promise<string> {
  const jwt = await encode({ token: { sub: actor.id, role: actor.role, sessionVersion: 1, name: actor.name, email: actor.email }, secret: SECRET });
  return `next-auth.session-token=${jwt}`;
}

/** Calls a route handler as an HTTP client would: with a bearer token, a session cookie, both or neither. */
async function call(route: Route, { path: urlPath, method = "GET", token, authorization, session, cookie, origin, body, params = {} }: Call) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (authorization) headers.set("authorization", authorization);
  if (session) headers.set("cookie", await sessionCookie(session));
  if (cookie) headers.set("cookie", cookie);
  if (origin) headers.set("origin", origin);
  if (body !== undefined) headers.set("content-type", "application/json");
  scope.headers = headers;
  const response = await route(new Request(`${BASE}${urlPath}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : null) as Answer | null };
}

const listDocuments = (auth: Pick<Call, "token" | "session" | "authorization" | "cookie">) => call(getDocumentsRoute, { path: "/api/documents", ...auth });

async function personalToken(actor: Actor, input: Record<string, unknown> = {}) {
  return createToken({ actor, input: { name: "My script", ...input } });
}

/** Every row of every table as text: where a token stored in clear would show. */
async function wholeDatabaseText(): Promise<string> {
  const tables = isPostgres
    ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")
    : await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table'");
  const parts: string[] = [];
  // FTS5's shadow tables (the memory's search index) hold binary pages of what its table holds.
  const isShadowTable = (name: string) => /_(data|idx|content|docsize|config)$/.test(name);
  // On PostgreSQL each row as JSON text: some columns (the documents' tsvector) have no client type.
  const rowsOf = (name: string) => (isPostgres ? `SELECT row_to_json(t)::text AS "row" FROM "${name}" t` : `SELECT * FROM "${name}"`);
  for (const { name } of tables.filter((table) => !isShadowTable(table.name))) parts.push(JSON.stringify(await db.$queryRawUnsafe(rowsOf(name)), (_key, value) => (typeof value === "bigint" ? String(value) : value)));
  return parts.join("\n");
}

/** An error answer without its request id, which differs between any two requests. */
function withoutRequestId(json: { error?: Record<string, unknown> } | null | undefined) {
  if (!json?.error) return json;
  return { ...json, error: Object.fromEntries(Object.entries(json.error).filter(([key]) => key !== "requestId")) };
}

describe("personal API tokens", () => {
  it("are shown once, act as their person on any API route, and are stored only as a hash", async () => {
    const translator = await createActor("TRANSLATOR");
    await createSmallDocument(translator);
    const created = await personalToken(translator);
    expect(created.token).toMatch(/^vav_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    expect(created.owner).toMatchObject({ id: translator.id, kind: "PERSON", role: "TRANSLATOR" });
    expect(created.lastUsedAt).toBeNull();

    const answer = await listDocuments({ token: created.token });
    expect(answer.status).toBe(200);
    expect(answer.json?.data.documents.length).toBeGreaterThan(0);

    const secretPart = created.token.slice(12);
    const everything = await wholeDatabaseText();
    expect(everything).toContain(created.prefix);
    expect(everything).not.toContain(secretPart);
    const listed = await listTokens({ actor: translator });
    expect(JSON.stringify(listed)).not.toContain(secretPart);
    expect(listed.tokens.map((token) => token.id)).toEqual([created.id]);
    const audit = await db.auditEvent.findFirst({ where: { entityId: created.id }, select: { action: true, actorId: true, data: true } });
    expect(audit).toMatchObject({ action: "token.created", actorId: translator.id });
    expect(JSON.parse(audit?.data ?? "{}")).toMatchObject({ kind: "personal", userId: translator.id, prefix: created.prefix });
  });

  it("follow their person's current role: a demotion applies to the very next request", async () => {
    const reviewer = await createActor("REVIEWER");
    const { monday, rare } = await createSmallDocument(reviewer);
    const { token } = await personalToken(reviewer);
    const approve = (segment: { id: string; version: number }) =>
      call(reviewRoute, { path: `/api/segments/${segment.id}/review`, method: "POST", token, body: { action: "approve", version: segment.version }, params: { id: segment.id } });
    expect((await approve(monday)).status).toBe(200);
    const admin = await createActor("ADMIN");
    await updateUserRole({ actor: admin, input: { userId: reviewer.id, role: "TRANSLATOR", version: 1 } });
    const refused = await approve(rare);
    expect(refused.status).toBe(403);
    expect(refused.json?.error?.code).toBe("FORBIDDEN");
  });

  it("keep lastUsedAt to the minute: set on first use, not rewritten within the minute", async () => {
    const translator = await createActor("TRANSLATOR");
    const { id, token } = await personalToken(translator);
    const before = Date.now();
    expect((await listDocuments({ token })).status).toBe(200);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt;
    expect(first?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await listDocuments({ token })).status).toBe(200);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt).toEqual(first);
    const later = new Date((first as Date).getTime() + 61_000);
    await authenticateApiToken(token, later);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt).toEqual(later);
    expect((await listTokens({ actor: translator })).tokens[0].lastUsedAt).toBe(later.toISOString());
  });

  it("stop working on the next request once revoked, with an audit event; revoking again changes nothing", async () => {
    const translator = await createActor("TRANSLATOR");
    const { id, token } = await personalToken(translator);
    expect((await listDocuments({ token })).status).toBe(200);
    const revoked = await call(deleteTokenRoute, { path: `/api/tokens/${id}`, method: "DELETE", session: translator, params: { id } });
    expect(revoked.status).toBe(204);
    const refused = await listDocuments({ token });
    expect(refused.status).toBe(401);
    expect(refused.json?.error?.code).toBe("TOKEN_REVOKED");
    expect((await call(deleteTokenRoute, { path: `/api/tokens/${id}`, method: "DELETE", session: translator, params: { id } })).status).toBe(204);
    const events = await db.auditEvent.findMany({ where: { entityId: id, action: "token.revoked" }, select: { actorId: true, data: true } });
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(translator.id);
    expect(events[0].data).not.toContain(token.slice(12));
    expect((await listTokens({ actor: translator })).tokens[0].revokedAt).not.toBeNull();
  });

  it("may be revoked by their owner or an administrator; to anyone else they do not exist", async () => {
    const owner = await createActor("REVIEWER");
    const { id, token } = await personalToken(owner);
    const stranger = await createActor("REVIEWER");
    const byStranger = await call(deleteTokenRoute, { path: `/api/tokens/${id}`, method: "DELETE", session: stranger, params: { id } });
    expect(byStranger.status).toBe(404);
    expect((await listTokens({ actor: stranger })).tokens).toEqual([]);
    expect((await listDocuments({ token })).status).toBe(200);
    const admin = await createActor("ADMIN");
    expect((await listTokens({ actor: admin })).tokens.find((listed) => listed.id === id)?.owner.email).toBe(owner.email);
    expect((await call(deleteTokenRoute, { path: `/api/tokens/${id}`, method: "DELETE", session: admin, params: { id } })).status).toBe(204);
    expect((await listDocuments({ token })).status).toBe(401);
  });

  it("expire: a token past its expiry date is refused with TOKEN_EXPIRED", async () => {
    const translator = await createActor("TRANSLATOR");
    const { token, expiresAt } = await createToken({ actor: translator, input: { name: "Two days ago, for a day", expiresInDays: 1 }, now: new Date(Date.now() - 2 * DAY_MS) });
    expect(new Date(expiresAt as string).getTime()).toBeLessThan(Date.now());
    const refused = await listDocuments({ token });
    expect(refused.status).toBe(401);
    expect(refused.json?.error?.code).toBe("TOKEN_EXPIRED");
    const fresh = await personalToken(translator, { expiresInDays: 30 });
    expect(new Date(fresh.expiresAt as string).getTime()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    expect((await listDocuments({ token: fresh.token })).status).toBe(200);
  });

  it("can be created through the API with a session, and the answer is the only place the token appears", async () => {
    const publisher = await createActor("PUBLISHER");
    const created = await call(postTokensRoute, { path: "/api/tokens", method: "POST", session: publisher, body: { name: "Newsletter", expiresInDays: 90 } });
    expect(created.status).toBe(201);
    const { token, id } = created.json?.data as { token: string; id: string };
    const listed = await call(getTokensRoute, { path: "/api/tokens", token });
    expect(listed.status).toBe(200);
    expect(listed.json?.data.tokens.map((t: { id: string }) => t.id)).toEqual([id]);
    expect(JSON.stringify(listed.json)).not.toContain(token.slice(12));
  });

  it(`are limited to ${MAX_ACTIVE_TOKENS_PER_ACCOUNT} usable ones per account, with a message naming the limit`, async () => {
    const translator = await createActor("TRANSLATOR");
    await db.apiToken.createMany({
      data: Array.from({ length: MAX_ACTIVE_TOKENS_PER_ACCOUNT }, (_, i) => ({ userId: translator.id, createdById: translator.id, name: `t${i}`, prefix: `vav_x${i}`, tokenHash: `hash-${translator.id}-${i}` })),
    });
    const before = await db.apiToken.count();
    await expect(personalToken(translator)).rejects.toMatchObject({ code: "INVALID_INPUT", params: { reason: "too-many-tokens", limit: MAX_ACTIVE_TOKENS_PER_ACCOUNT } });
    expect(await db.apiToken.count()).toBe(before);
  });

  it.each([
    ["an empty name", { name: "  " }, "name"],
    ["a name over the limit", { name: "x".repeat(101) }, "name"],
    ["a lifetime of zero days", { name: "n", expiresInDays: 0 }, "expiresInDays"],
    ["a lifetime over ten years", { name: "n", expiresInDays: 3651 }, "expiresInDays"],
  ])("refuse %s, naming the field, and write nothing", async (_label, input, field) => {
    const translator = await createActor("TRANSLATOR");
    const before = await countRows();
    await expect(createToken({ actor: translator, input })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field } });
    expect(await countRows()).toEqual(before);
    expect(await db.apiToken.count({ where: { userId: translator.id } })).toBe(0);
  });
});

describe("a live-updates stream opened with a token", () => {
  it("ends within one heartbeat once the token is revoked", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const translator = await createActor("TRANSLATOR");
      const documentId = (await createSmallDocument(translator)).document.id;
      const { id, token } = await personalToken(translator);
      const stream = await streamDocumentEvents({ actor: await authenticateApiToken(token), documentId, signal: new AbortController().signal });
      const reader = stream.getReader();
      const decoder = new TextDecoder();
      let text = "";
      const readEvent = async () => {
        const { done, value } = await reader.read();
        if (!done) text += decoder.decode(value);
        return done;
      };
      // The stream greets once its heartbeat runs (its subscription may take a while on a busy
      // machine): advancing the clock before that would find no heartbeat to fire.
      while (!text.includes("event: hello")) expect(await readEvent()).toBe(false);
      const ended = (async () => {
        while (!(await readEvent()));
        return text;
      })();
      await revokeToken({ actor: translator, input: { tokenId: id } });
      await vi.advanceTimersByTimeAsync(PRESENCE_HEARTBEAT_MS);
      expect(await ended).toContain("event: session-ended");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("bearer authentication", () => {
  it.each([
    ["an unknown token", "Bearer vav_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["garbage", "Bearer not-a-token"],
    ["another scheme", "Basic dXNlcjpwYXNz"],
    ["an empty bearer", "Bearer "],
  ])("refuses %s with 401, even beside a valid session cookie", async (_label, authorization) => {
    const translator = await createActor("TRANSLATOR");
    expect((await listDocuments({ session: translator })).status).toBe(200);
    const refused = await listDocuments({ authorization, session: translator });
    expect(refused.status).toBe(401);
    expect(refused.json?.error?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses the token of a deactivated account", async () => {
    const translator = await createActor("TRANSLATOR");
    const { token } = await personalToken(translator);
    await db.user.update({ where: { id: translator.id }, data: { isActive: false } });
    expect((await listDocuments({ token })).status).toBe(401);
  });

  it("exempts only bearer requests from the same-origin check", async () => {
    const translator = await createActor("TRANSLATOR");
    const { token } = await personalToken(translator);
    const body = { title: "From the CMS", pairs: [{ kind: "TITLE", sourceText: "Bonjour", targetText: "Hello" }] };
    const viaToken = await call(postDocumentsRoute, { path: "/api/documents", method: "POST", token, origin: "https://cms.example.org", body });
    expect(viaToken.status).toBe(201);
    const before = await countRows();
    const viaCookie = await call(postDocumentsRoute, { path: "/api/documents", method: "POST", session: translator, origin: "https://evil.example.org", body });
    expect(viaCookie.status).toBe(403);
    expect(viaCookie.json?.error?.code).toBe("CROSS_ORIGIN");
    expect(await countRows()).toEqual(before);
  });
});

describe("audit events made through a token", () => {
  it("name the token beside the account", async () => {
    const translator = await createActor("TRANSLATOR");
    const { id, token } = await personalToken(translator);
    const body = { title: "Through a token", pairs: [{ kind: "TITLE", sourceText: "Bonjour", targetText: "Hello" }] };
    const created = await call(postDocumentsRoute, { path: "/api/documents", method: "POST", token, body });
    expect(created.status).toBe(201);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "document.created", documentId: created.json?.data.id }, select: { actorId: true, data: true } });
    expect(event.actorId).toBe(translator.id);
    expect(JSON.parse(event.data)).toMatchObject({ viaTokenId: id });
    const second = await call(postTokensRoute, { path: "/api/tokens", method: "POST", token, body: { name: "Made by a token" } });
    expect(second.status).toBe(201);
    const tokenEvent = await db.auditEvent.findFirstOrThrow({ where: { entityId: second.json?.data.id, action: "token.created" }, select: { data: true } });
    expect(JSON.parse(tokenEvent.data)).toMatchObject({ viaTokenId: id, kind: "personal" });
    // The same through the cookie names no token.
    const viaSession = await call(postDocumentsRoute, { path: "/api/documents", method: "POST", session: translator, body });
    const sessionEvent = await db.auditEvent.findFirstOrThrow({ where: { action: "document.created", documentId: viaSession.json?.data.id }, select: { data: true } });
    expect(JSON.parse(sessionEvent.data)).not.toHaveProperty("viaTokenId");
  });
});

describe("service accounts and service tokens", () => {
  const serviceInput = (email: string, role: string, targetLangs?: string) => ({ name: "CMS", serviceAccount: { email, role, ...(targetLangs !== undefined ? { targetLangs } : {}) } });

  it("an administrator creates one; the account appears as a service account and can never sign in", async () => {
    const admin = await createActor("ADMIN");
    const created = await createToken({ actor: admin, input: serviceInput("CMS@Example.org", "TRANSLATOR", "es pt-br") });
    expect(created.owner).toMatchObject({ email: "cms@example.org", kind: "SERVICE", role: "TRANSLATOR", targetLangs: ["es", "pt-BR"], name: "CMS" });
    const account = await db.user.findUniqueOrThrow({ where: { email: "cms@example.org" }, select: { passwordHash: true } });
    expect(account.passwordHash).toBe("");
    for (const password of ["", TEST_PASSWORD, "anything at all"]) await expect(authenticateUser({ email: "cms@example.org", password })).resolves.toBeNull();
    const users = await listUsers({ actor: admin });
    expect(users.find((user) => user.email === "cms@example.org")?.kind).toBe("SERVICE");
    expect(users.find((user) => user.id === admin.id)?.kind).toBe("PERSON");
    const actions = await db.auditEvent.findMany({ where: { actorId: admin.id }, select: { action: true }, orderBy: { createdAt: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["user.created", "token.created"]);
  });

  it("a TRANSLATOR service token cannot approve (403), exactly like a translator's session", async () => {
    const admin = await createActor("ADMIN");
    const { monday } = await createSmallDocument(await createActor("REVIEWER"));
    const { token } = await createToken({ actor: admin, input: serviceInput("translator-bot@example.org", "TRANSLATOR") });
    const request = { path: `/api/segments/${monday.id}/review`, method: "POST", body: { action: "approve", version: monday.version }, params: { id: monday.id } };
    const viaToken = await call(reviewRoute, { ...request, token });
    const viaSession = await call(reviewRoute, { ...request, session: await createActor("TRANSLATOR") });
    expect(viaToken.status).toBe(403);
    expect(withoutRequestId(viaToken.json)).toEqual(withoutRequestId(viaSession.json));
    expect(viaToken.json?.error?.code).toBe("FORBIDDEN");
  });

  it("its language limits apply as for a person", async () => {
    const admin = await createActor("ADMIN");
    const { document } = await createSmallDocument(await createActor("REVIEWER"));
    const { token } = await createToken({ actor: admin, input: serviceInput("spanish-bot@example.org", "REVIEWER", "es") });
    const limited = await createActor("REVIEWER");
    await updateUserLanguages({ actor: admin, input: { userId: limited.id, targetLangs: "es", version: 1 } });
    const request = { path: `/api/documents/${document.id}?lang=en`, params: { id: document.id } };
    const viaToken = await call(getDocumentRoute, { ...request, token });
    const viaSession = await call(getDocumentRoute, { ...request, session: limited });
    expect(viaToken.status).toBe(403);
    expect(viaToken.json?.error?.code).toBe("LANGUAGE_NOT_ALLOWED");
    expect(withoutRequestId(viaToken.json)).toEqual(withoutRequestId(viaSession.json));
  });

  it("an existing service account gets the role and languages given, audited", async () => {
    const admin = await createActor("ADMIN");
    const first = await createToken({ actor: admin, input: serviceInput("desk@example.org", "TRANSLATOR") });
    const second = await createToken({ actor: admin, input: serviceInput("desk@example.org", "REVIEWER", "de") });
    expect(second.owner).toMatchObject({ id: first.owner.id, role: "REVIEWER", targetLangs: ["de"] });
    // The first token acts with the new role at once.
    await expect(authenticateApiToken(first.token)).resolves.toMatchObject({ role: "REVIEWER", targetLangs: ["de"] });
    const changes = await db.auditEvent.findMany({ where: { entityId: first.owner.id, action: { in: ["user.role-changed", "user.languages-changed"] } }, select: { action: true, data: true } });
    expect(changes.map((event) => [event.action, JSON.parse(event.data)])).toEqual(
      expect.arrayContaining([
        ["user.role-changed", { from: "TRANSLATOR", to: "REVIEWER" }],
        ["user.languages-changed", { from: "", to: "de" }],
      ]),
    );
  });

  it("refuses a person's email with a clear error and writes nothing", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("TRANSLATOR");
    const before = await countRows();
    await expect(createToken({ actor: admin, input: serviceInput(person.email, "ADMIN") })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "serviceAccount.email", reason: "person-account" },
    });
    expect(await countRows()).toEqual(before);
    expect(await db.apiToken.count({ where: { userId: person.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { role: true } })).role).toBe("TRANSLATOR");
  });

  it.each(["TRANSLATOR", "REVIEWER", "PUBLISHER"] as const)("refuses a %s who asks for a service token, writing nothing", async (role) => {
    const actor = await createActor(role);
    const before = await countRows();
    await expect(createToken({ actor, input: serviceInput(`bot-${role}@example.org`, "ADMIN") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countRows()).toEqual(before);
  });

  it("a service account cannot give itself personal tokens", async () => {
    const admin = await createActor("ADMIN");
    const { token } = await createToken({ actor: admin, input: serviceInput("admin-bot@example.org", "ADMIN") });
    const answer = await call(postTokensRoute, { path: "/api/tokens", method: "POST", token, body: { name: "Another" } });
    expect(answer.status).toBe(403);
    expect(answer.json?.error).toMatchObject({ code: "FORBIDDEN", params: { reason: "service-account" } });
  });

  it("a service administrator does not count as the last administrator", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
    const admin = await createActor("ADMIN");
    await createToken({ actor: admin, input: serviceInput("root-bot@example.org", "ADMIN") });
    await expect(updateUserRole({ actor: admin, input: { userId: admin.id, role: "REVIEWER", version: 1 } })).rejects.toMatchObject({ code: "LAST_ADMIN" });
  });
});

describe("API rate limits", () => {
  it(`answers 429 with Retry-After after ${RATE_LIMIT} requests a minute per token; another token of the account is not affected`, async () => {
    const translator = await createActor("TRANSLATOR");
    const busy = await personalToken(translator);
    const quiet = await personalToken(translator);
    for (let i = 0; i < RATE_LIMIT; i += 1) expect((await listDocuments({ token: busy.token })).status).toBe(200);
    const refused = await listDocuments({ token: busy.token });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json?.error).toEqual({
      code: "RATE_LIMITED",
      params: { limitedBy: "token", limit: RATE_LIMIT, windowSeconds: 60, retryAfterSeconds: retryAfter },
      requestId: expect.any(String),
    });
    expect((await listDocuments({ token: quiet.token })).status).toBe(200);
    expect((await listDocuments({ session: translator })).status).toBe(200);
  });

  it(`limits session requests per account to ${RATE_LIMIT} a minute`, async () => {
    const translator = await createActor("TRANSLATOR");
    for (let i = 0; i < RATE_LIMIT; i += 1) expect((await listDocuments({ session: translator })).status).toBe(200);
    const refused = await listDocuments({ session: translator });
    expect(refused.status).toBe(429);
    expect(refused.json?.error?.params).toMatchObject({ limitedBy: "account", limit: RATE_LIMIT });
    expect((await listDocuments({ session: await createActor("TRANSLATOR") })).status).toBe(200);
  });
});

describe("Session cookies decoded once per process (decision 027)", () => {
  it("a cookie already decoded stops working on the next request after a role change or a sign-out everywhere", async () => {
    const admin = await createActor("ADMIN");
    const translator = await createActor("TRANSLATOR");
    const cookie = await sessionCookie(translator);
    expect((await listDocuments({ cookie })).status).toBe(200);
    expect((await listDocuments({ cookie })).status).toBe(200);
    await updateUserRole({ actor: admin, input: { userId: translator.id, role: "REVIEWER", version: 1 } });
    expect((await listDocuments({ cookie })).status).toBe(401);

    const other = await createActor("TRANSLATOR");
    const otherCookie = await sessionCookie(other);
    expect((await listDocuments({ cookie: otherCookie })).status).toBe(200);
    await endSessions(db, other.id);
    expect((await listDocuments({ cookie: otherCookie })).status).toBe(401);
  });
});

describe("API rate limits across instances (counted in memory, shared once a second)", () => {
  it("writes this instance's count to the shared counter and refuses once another instance's requests fill it", async () => {
    const translator = await createActor("TRANSLATOR");
    for (let i = 0; i < 10; i += 1) expect((await listDocuments({ session: translator })).status).toBe(200);
    await syncApiRateLimits();
    const key = `api:account:${translator.id}`;
    expect((await db.apiRateLimit.findUnique({ where: { key } }))?.points).toBe(10);
    // Another instance on the same database accepted 14 requests of this account and wrote them.
    await db.apiRateLimit.update({ where: { key }, data: { points: { increment: 14 } } });
    // This instance learns it at its next write: the request before it is still accepted
    // (the tolerance decision 016 describes), the 26th of the window is refused.
    expect((await listDocuments({ session: translator })).status).toBe(200);
    await syncApiRateLimits();
    expect((await db.apiRateLimit.findUnique({ where: { key } }))?.points).toBe(RATE_LIMIT);
    const refused = await listDocuments({ session: translator });
    expect(refused.status).toBe(429);
    expect(refused.json?.error?.params).toMatchObject({ limitedBy: "account", limit: RATE_LIMIT });
  });
});

describe("npm run cli -- create-token", () => {
  function cli(...args: string[]) {
    const result = spawnSync(process.execPath, ["--conditions=react-server", "scripts/cli.js", ...args], { cwd: root, env: process.env, encoding: "utf8" });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("prints a service token for a new service account with a role, languages and an expiry", async () => {
    await createActor("ADMIN");
    const result = cli("create-token", "wire@example.org", "--name", "Wire feed", "--role", "TRANSLATOR", "--languages", "es pt-BR", "--expires", "30");
    expect(result.status, result.stderr).toBe(0);
    const { token } = JSON.parse(result.stdout) as { token: string };
    expect(token).toMatch(/^vav_/);
    await expect(authenticateApiToken(token)).resolves.toMatchObject({ email: "wire@example.org", role: "TRANSLATOR", targetLangs: ["es", "pt-BR"] });
    const stored = await db.apiToken.findFirstOrThrow({ where: { user: { email: "wire@example.org" } }, select: { expiresAt: true, name: true, user: { select: { kind: true } } } });
    expect(stored).toMatchObject({ name: "Wire feed", user: { kind: "SERVICE" } });
    expect((stored.expiresAt as Date).getTime()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
  });

  it("prints a personal token acting as the person without --role", async () => {
    const reviewer = await createActor("REVIEWER");
    const result = cli("create-token", reviewer.email, "--name", "Desk script");
    expect(result.status, result.stderr).toBe(0);
    await expect(authenticateApiToken((JSON.parse(result.stdout) as { token: string }).token)).resolves.toMatchObject({ id: reviewer.id, role: "REVIEWER" });
  });

  it.each([
    [["create-token", "x@example.org"], 2, "usage:"],
    [["create-token", "x@example.org", "--name", "n", "--expires", "soon"], 2, "--expires"],
    [["create-token", "x@example.org", "--name", "n", "--role", "EDITOR"], 2, "INVALID_INPUT (field=serviceAccount.role)"],
    [["create-token", "nobody@example.org", "--name", "n"], 2, "no active account"],
  ])("%j exits %i with a clear message", async (args, status, message) => {
    await createActor("ADMIN");
    const result = cli(...args);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  it("refuses --role for a person's account, saying why", async () => {
    await createActor("ADMIN");
    const person = await createActor("TRANSLATOR");
    const result = cli("create-token", person.email, "--name", "n", "--role", "ADMIN");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is a person's account");
    expect(await db.apiToken.count({ where: { userId: person.id } })).toBe(0);
  });
});
