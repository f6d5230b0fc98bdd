import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { isAppError } from "@/server/errors";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { listDocuments } from "@/server/services/documents/list-documents";
import { listDocumentActivity } from "@/server/services/documents/list-document-activity";
import { getSegment } from "@/server/services/segments/get-segment";
import { getSegmentHistory } from "@/server/services/segments/get-segment-history";
import { saveSegment } from "@/server/services/segments/save-segment";
import { reviewSegment } from "@/server/services/review/review-segment";
import { listComments } from "@/server/services/comments/list-comments";
import { addComment } from "@/server/services/comments/add-comment";
import { exportDocument } from "@/server/services/publishing/export-document";
import { listPublications } from "@/server/services/publishing/list-publications";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { getSegmentSuggestions } from "@/server/services/memory/get-segment-suggestions";
import { searchMemory } from "@/server/services/memory/search-memory";
import { exportMemoryTmx } from "@/server/services/memory/export-memory-tmx";
import { previewReplace } from "@/server/services/replace/preview-replace";
import { listTranslations } from "@/server/services/translations/list-translations";
import { joinDocument } from "@/server/services/presence/presence-connection";
import { getDesk } from "@/server/services/desk/get-desk";
import { setAssignment } from "@/server/services/desk/set-assignment";
import { setDocumentDesk } from "@/server/services/desk/set-document-desk";
import { listMyWork } from "@/server/services/desk/list-my-work";
import { createToken } from "@/server/services/tokens/create-token";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { addTranslation } from "@/server/services/translations/add-translation";
import { previewSourceUpdate } from "@/server/services/sources/preview-source-update";
import { dismissFinding } from "@/server/services/quality/dismiss-finding";
import { listPresence } from "@/server/services/presence/list-presence";
import { CHECK_IDS } from "@/domain/qa/engine";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "integration-tests-secret-that-is-long-enough";
});
// Route handlers read the session through next/headers, which only works inside a Next request;
// here it hands over the headers of the request under test (the framework is stood in for, never our code).
const scope = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => scope.headers,
  cookies: async () => ({ getAll: () => [], get: () => undefined }),
}));

import { GET as documentsRoute } from "@/app/api/documents/route";
import { GET as documentRoute } from "@/app/api/documents/[id]/route";
import { GET as exportRoute } from "@/app/api/documents/[id]/export/route";
import { GET as publicationsRoute } from "@/app/api/documents/[id]/publications/route";
import { GET as checklistRoute } from "@/app/api/documents/[id]/publish-checklist/route";
import { GET as activityRoute } from "@/app/api/documents/[id]/activity/route";
import { GET as translationsRoute } from "@/app/api/documents/[id]/translations/route";
import { GET as deskRoute } from "@/app/api/documents/[id]/desk/route";
import { GET as segmentRoute } from "@/app/api/segments/[id]/route";
import { GET as historyRoute } from "@/app/api/segments/[id]/history/route";
import { GET as commentsRoute } from "@/app/api/segments/[id]/comments/route";
import { GET as suggestionsRoute } from "@/app/api/segments/[id]/suggestions/route";
import { GET as myWorkRoute } from "@/app/api/my-work/route";
import { countRows, createActor } from "./support/actors";
import { createSmallDocument } from "./support/documents";

void encode;
const HOUR = 60 * 60 * 1000;

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("expected a refusal");
}

async function limitTo(actor: Actor, langs: string) {
  await db.user.update({ where: { id: actor.id }, data: { targetLangs: langs } });
  return { ...actor, targetLangs: langs.split(" ") };
}

type Route = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(route: Route, token: string, path: string, params: Record<string, string> = {}) {
  const headers = new Headers({ authorization: `Bearer ${token}` });
  scope.headers = headers;
  const response = await route(new Request(`http://localhost:3000${path}`, { headers }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, text };
}

describe("assignments", () => {
  let reviewer: Actor;
  let translator: Actor;
  let publisher: Actor;
  let admin: Actor;
  beforeAll(async () => {
    [reviewer, translator, publisher, admin] = await Promise.all([createActor("REVIEWER"), createActor("TRANSLATOR"), createActor("PUBLISHER"), createActor("ADMIN")]);
  });

  it("lets reviewers, publishers and administrators assign, refuses translators and leaves the database untouched", async () => {
    const { document } = await createSmallDocument(translator);
    const before = await countRows();
    expect(await refusal(setAssignment({ actor: translator, input: { documentId: document.id, version: 0, translatorId: translator.id } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await countRows()).toEqual(before);
    expect(await db.assignment.count()).toBe(0);

    const first = await setAssignment({ actor: reviewer, input: { documentId: document.id, version: 0, translatorId: translator.id, reviewerId: reviewer.id, priority: "URGENT", dueAt: "2026-12-01T18:00:00+01:00" } });
    expect(first).toMatchObject({ translator: { id: translator.id }, reviewer: { id: reviewer.id }, publisher: null, priority: "URGENT", dueAt: "2026-12-01T17:00:00.000Z", version: 1 });
    const second = await setAssignment({ actor: publisher, input: { documentId: document.id, version: 1, translatorId: translator.id, reviewerId: reviewer.id, publisherId: publisher.id, priority: "BREAKING" } });
    expect(second).toMatchObject({ publisher: { id: publisher.id }, priority: "BREAKING", dueAt: null, version: 2 });
    await setAssignment({ actor: admin, input: { documentId: document.id, version: 2, translatorId: admin.id } });

    const audit = await db.auditEvent.findMany({ where: { action: "assignment.changed", documentId: document.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.actorId)).toEqual([reviewer.id, publisher.id, admin.id]);
    expect(JSON.parse(audit[1].data ?? "{}")).toMatchObject({ lang: "en", from: { priority: "URGENT" }, to: { priority: "BREAKING", publisherId: publisher.id } });
  });

  it("answers 409 to a change made from a stale version and keeps the newer assignment", async () => {
    const { document } = await createSmallDocument(translator);
    await setAssignment({ actor: reviewer, input: { documentId: document.id, version: 0, translatorId: translator.id } });
    await setAssignment({ actor: admin, input: { documentId: document.id, version: 1, translatorId: translator.id, priority: "URGENT" } });
    const events = await db.auditEvent.count();
    expect(await refusal(setAssignment({ actor: reviewer, input: { documentId: document.id, version: 1, priority: "NORMAL" } }))).toMatchObject({ code: "CONFLICT" });
    expect(await db.auditEvent.count()).toBe(events);
    expect((await getDesk({ actor: reviewer, documentId: document.id })).assignment).toMatchObject({ priority: "URGENT", version: 2 });
    // Two first assignments at once: one wins, the other is a conflict.
    const fresh = await createSmallDocument(translator);
    const results = await Promise.allSettled([
      setAssignment({ actor: reviewer, input: { documentId: fresh.document.id, version: 0, priority: "URGENT" } }),
      setAssignment({ actor: admin, input: { documentId: fresh.document.id, version: 0, priority: "BREAKING" } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.assignment.count({ where: { translation: { documentId: fresh.document.id } } })).toBe(1);
  });

  it("refuses an assignee who is inactive, a service account, of the wrong role or not allowed on the language, naming the field", async () => {
    const { document } = await createSmallDocument(translator);
    const inactive = await createActor("TRANSLATOR", { isActive: false });
    const spanishOnly = await limitTo(await createActor("TRANSLATOR"), "es");
    const service = await db.user.create({ data: { email: "cms-desk@example.com", name: "CMS", passwordHash: "", kind: "SERVICE", role: "TRANSLATOR" }, select: { id: true } });
    const before = await countRows();
    const cases: [Record<string, string>, string, string][] = [
      [{ translatorId: inactive.id }, "translatorId", "assignee-inactive"],
      [{ translatorId: service.id }, "translatorId", "assignee-inactive"],
      [{ translatorId: "no-such-account" }, "translatorId", "assignee-inactive"],
      [{ translatorId: publisher.id }, "translatorId", "assignee-role"],
      [{ reviewerId: translator.id }, "reviewerId", "assignee-role"],
      [{ publisherId: reviewer.id }, "publisherId", "assignee-role"],
      [{ translatorId: spanishOnly.id }, "translatorId", "assignee-language"],
    ];
    for (const [people, field, reason] of cases) {
      expect(await refusal(setAssignment({ actor: reviewer, input: { documentId: document.id, version: 0, ...people } }))).toMatchObject({ code: "INVALID_INPUT", params: { field, reason } });
    }
    expect(await countRows()).toEqual(before);
    expect(await db.assignment.count({ where: { translation: { documentId: document.id } } })).toBe(0);
  });

  it("assigns at import for reviewers and refuses a translator's import that assigns, writing nothing", async () => {
    const pairs = [{ kind: "TITLE" as const, sourceText: "Titre", targetText: "Title" }];
    const before = await countRows();
    expect(await refusal(createDocument({ actor: translator, input: { title: "Assigned", pairs, assignment: { translatorId: translator.id } } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(createDocument({ actor: translator, input: { title: "Secret", pairs, confidential: true } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await countRows()).toEqual(before);
    // A bad assignee at import leaves no document behind.
    expect(await refusal(createDocument({ actor: reviewer, input: { title: "Assigned", pairs, assignment: { reviewerId: translator.id } } }))).toMatchObject({ code: "INVALID_INPUT", params: { field: "reviewerId" } });
    expect(await countRows()).toEqual(before);

    const { id } = await createDocument({
      actor: reviewer,
      input: { title: "Assigned", pairs, assignment: { translatorId: translator.id, priority: "BREAKING", dueAt: "2026-12-24T10:00:00Z" }, publishNotBefore: "2026-12-25T00:00:00Z" },
    });
    const desk = await getDesk({ actor: translator, documentId: id });
    expect(desk).toMatchObject({ assignment: { translator: { id: translator.id }, priority: "BREAKING", dueAt: "2026-12-24T10:00:00.000Z", version: 1 }, publishNotBefore: "2026-12-25T00:00:00.000Z", canManage: false });
  });
});

describe("my work", () => {
  it("lists each person's waiting paragraphs by priority then due time, with overdue work marked", async () => {
    const [translator, reviewer, publisher, owner] = await Promise.all([createActor("TRANSLATOR"), createActor("REVIEWER"), createActor("PUBLISHER"), createActor("ADMIN")]);
    const now = Date.now();
    const make = async (title: string, priority: "NORMAL" | "URGENT" | "BREAKING", dueAt: Date | null) => {
      const doc = await createSmallDocument(owner);
      await db.document.update({ where: { id: doc.document.id }, data: { title } });
      await setAssignment({ actor: owner, input: { documentId: doc.document.id, version: 0, translatorId: translator.id, reviewerId: reviewer.id, priority, dueAt: dueAt?.toISOString() ?? null } });
      return doc;
    };
    await make("normal, due first", "NORMAL", new Date(now - 2 * HOUR));
    await make("urgent, no due time", "URGENT", null);
    await make("urgent, due soon", "URGENT", new Date(now + HOUR));
    await make("breaking, due late", "BREAKING", new Date(now + 48 * HOUR));
    // Someone else's work is not in the queue.
    const other = await createSmallDocument(owner);
    await setAssignment({ actor: owner, input: { documentId: other.document.id, version: 0, translatorId: (await createActor("TRANSLATOR")).id } });

    const work = await listMyWork({ actor: translator });
    expect(work.articles.map((article) => article.title)).toEqual(["breaking, due late", "urgent, due soon", "urgent, no due time", "normal, due first"]);
    // The admin's import leaves the translated paragraphs awaiting review and one untranslated.
    expect(work.articles[0].items).toEqual([expect.objectContaining({ slot: "translator", paragraphs: 1, lang: "en", isOverdue: false })]);
    expect(work.articles[3].items[0]).toMatchObject({ isOverdue: true });

    // The reviewer waits on the submitted paragraphs; once approved they leave the queue.
    const reviewQueue = await listMyWork({ actor: reviewer });
    expect(reviewQueue.articles).toHaveLength(4);
    expect(reviewQueue.articles[0].items[0]).toMatchObject({ slot: "reviewer" });
    expect(reviewQueue.articles[0].items[0].paragraphs).toBeGreaterThan(0);
    expect((await listMyWork({ actor: publisher })).articles).toEqual([]);
  });

  it("shows a publisher a translation once every paragraph is approved, and no longer once it is published", async () => {
    const [publisher, admin] = await Promise.all([createActor("PUBLISHER"), createActor("ADMIN")]);
    const { document } = await createSmallDocument(admin);
    await setAssignment({ actor: admin, input: { documentId: document.id, version: 0, publisherId: publisher.id } });
    expect((await listMyWork({ actor: publisher })).articles).toEqual([]);
    const current = await getDocument({ actor: admin, documentId: document.id });
    for (const segment of current.segments.filter((s) => s.state !== "EXCLUDED")) {
      if (segment.targetText === "") {
        await saveSegment({ actor: admin, input: { segmentId: segment.id, targetText: "No doubt Modi will make friendly gestures.", version: segment.version, submit: true } });
      }
    }
    for (const segment of (await getDocument({ actor: admin, documentId: document.id })).segments.filter((s) => s.state === "TRANSLATED")) {
      await reviewSegment({ actor: admin, input: { segmentId: segment.id, action: "approve", version: segment.version } });
    }
    const ready = await listMyWork({ actor: publisher });
    expect(ready.articles.map((article) => article.items)).toEqual([[expect.objectContaining({ slot: "publisher", isReadyToPublish: true })]]);
    await publishDocument({ actor: publisher, input: { documentId: document.id } });
    expect((await listMyWork({ actor: publisher })).articles).toEqual([]);
  });
});

describe("embargo", () => {
  it("blocks publishing before its time, shows it in the checklist, lets an administrator override with a reason, and passes once over", async () => {
    const [publisher, admin, reviewer] = await Promise.all([createActor("PUBLISHER"), createActor("ADMIN"), createActor("REVIEWER")]);
    const { document } = await createSmallDocument(admin);
    const current = await getDocument({ actor: admin, documentId: document.id });
    const untranslated = current.segments.find((s) => s.targetText === "" && s.state !== "EXCLUDED");
    if (untranslated) await saveSegment({ actor: admin, input: { segmentId: untranslated.id, targetText: "No doubt.", version: untranslated.version, submit: true } });
    for (const segment of (await getDocument({ actor: admin, documentId: document.id })).segments.filter((s) => s.state === "TRANSLATED")) {
      await reviewSegment({ actor: admin, input: { segmentId: segment.id, action: "approve", version: segment.version } });
    }
    const until = new Date(Date.now() + 24 * HOUR).toISOString();
    const { documentVersion } = await getDesk({ actor: reviewer, documentId: document.id });
    await setDocumentDesk({ actor: reviewer, input: { documentId: document.id, publishNotBefore: until, confidential: false, version: documentVersion } });

    const checklist = await getPublishChecklist({ actor: publisher, documentId: document.id });
    expect(checklist.isPublishable).toBe(false);
    expect(checklist.items.find((item) => item.code === "embargo")).toMatchObject({ isOk: false, until });
    const publications = await db.publication.count();
    expect(await refusal(publishDocument({ actor: publisher, input: { documentId: document.id } }))).toMatchObject({ code: "PUBLISH_BLOCKED" });
    expect(await refusal(publishDocument({ actor: publisher, input: { documentId: document.id, overrideReason: "Agency lifted it" } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.publication.count()).toBe(publications);

    const overridden = await publishDocument({ actor: admin, input: { documentId: document.id, overrideReason: "The agency lifted the embargo early" } });
    expect(overridden.overrideReason).toBe("The agency lifted the embargo early");

    const desk = await getDesk({ actor: reviewer, documentId: document.id });
    await setDocumentDesk({ actor: reviewer, input: { documentId: document.id, publishNotBefore: new Date(Date.now() - HOUR).toISOString(), confidential: false, version: desk.documentVersion } });
    expect((await getPublishChecklist({ actor: publisher, documentId: document.id })).items.find((item) => item.code === "embargo")).toMatchObject({ isOk: true });
    // A stale version of the article's desk is a conflict.
    expect(await refusal(setDocumentDesk({ actor: reviewer, input: { documentId: document.id, publishNotBefore: null, confidential: false, version: desk.documentVersion } }))).toMatchObject({ code: "CONFLICT" });
    expect(await db.auditEvent.count({ where: { action: "document.desk-changed", documentId: document.id } })).toBe(2);
  });
});

describe("confidential articles (authorization)", () => {
  const SECRET_FR = "Le sommet secret de Genève aura lieu mardi à huis clos.";
  const SECRET_EN = "The secret Geneva summit will be held behind closed doors on Tuesday.";
  let admin: Actor;
  let publisher: Actor;
  let assigned: Actor;
  let outsider: Actor;
  let outsiderReviewer: Actor;
  let documentId: string;
  let segmentId: string;
  let openSegmentId: string;

  beforeAll(async () => {
    [admin, publisher, assigned, outsider, outsiderReviewer] = await Promise.all([
      createActor("ADMIN"),
      createActor("PUBLISHER"),
      createActor("TRANSLATOR"),
      createActor("TRANSLATOR"),
      createActor("REVIEWER"),
    ]);
    const created = await createDocument({
      actor: admin,
      input: {
        title: "Secret summit",
        pairs: [
          { kind: "TITLE", sourceText: "Sommet secret", targetText: "Secret summit" },
          { kind: "BODY", sourceText: SECRET_FR, targetText: SECRET_EN },
          { kind: "BODY", sourceText: "La suite reste à traduire.", targetText: "" },
        ],
        confidential: true,
        assignment: { translatorId: assigned.id },
      },
    });
    documentId = created.id;
    const secret = await getDocument({ actor: admin, documentId });
    segmentId = secret.segments[1].id;
    await addComment({ actor: admin, input: { segmentId, body: "Keep this quiet." } });
    // An ordinary article with the same French: the memory would offer the secret translation.
    const open = await createDocument({ actor: admin, input: { title: "Open article", pairs: [{ kind: "BODY", sourceText: SECRET_FR, targetText: "" }] } });
    openSegmentId = (await getDocument({ actor: admin, documentId: open.id })).segments[0].id;
  });

  it("answers NOT_FOUND to everyone else in every service, exactly as for a missing article", async () => {
    const missing = await refusal(getDocument({ actor: outsider, documentId: "no-such-document" }));
    const before = await countRows();
    const attempts: [string, () => Promise<unknown>][] = [
      ["getDocument", () => getDocument({ actor: outsider, documentId })],
      ["listDocumentActivity", () => listDocumentActivity({ actor: outsider, documentId })],
      ["listTranslations", () => listTranslations({ actor: outsider, documentId })],
      ["getDesk", () => getDesk({ actor: outsider, documentId })],
      ["getSegment", () => getSegment({ actor: outsider, segmentId })],
      ["getSegmentHistory", () => getSegmentHistory({ actor: outsider, segmentId })],
      ["listComments", () => listComments({ actor: outsider, segmentId })],
      ["addComment", () => addComment({ actor: outsider, input: { segmentId, body: "hello" } })],
      ["saveSegment", () => saveSegment({ actor: outsider, input: { segmentId, targetText: "changed", version: 1 } })],
      ["reviewSegment", () => reviewSegment({ actor: outsiderReviewer, input: { segmentId, action: "approve", version: 1 } })],
      ["getSegmentSuggestions", () => getSegmentSuggestions({ actor: outsider, segmentId })],
      ["exportDocument draft", () => exportDocument({ actor: outsider, input: { documentId, format: "html", draft: "1" } })],
      ["listPublications", () => listPublications({ actor: outsider, documentId })],
      ["getPublishChecklist", () => getPublishChecklist({ actor: outsider, documentId })],
      ["joinDocument (live updates)", () => joinDocument({ actor: outsider, documentId, connectionId: "c-outsider" })],
      ["setAssignment", () => setAssignment({ actor: outsiderReviewer, input: { documentId, version: 1, translatorId: outsider.id } })],
      ["setDocumentDesk", () => setDocumentDesk({ actor: outsiderReviewer, input: { documentId, publishNotBefore: null, confidential: false, version: 1 } })],
      ["previewBulkApproval", () => previewBulkApproval({ actor: outsiderReviewer, documentId })],
      ["addTranslation", () => addTranslation({ actor: outsider, input: { documentId, lang: "es" } })],
      ["previewSourceUpdate", () => previewSourceUpdate({ actor: outsider, input: { documentId, source: { content: "Autre chose." } } })],
      ["dismissFinding", () => dismissFinding({ actor: outsiderReviewer, input: { segmentId, checkId: CHECK_IDS[0], reason: "fine" } })],
      ["listPresence", () => listPresence({ actor: outsider, documentId })],
    ];
    for (const [name, attempt] of attempts) {
      const answer = await refusal(attempt());
      expect({ name, code: answer.code }).toEqual({ name, code: missing.code });
    }
    expect(await countRows()).toEqual(before);
    expect(await db.presence.count({ where: { documentId } })).toBe(0);
  });

  it("leaves it out of the documents list, find and replace and the memory for everyone else", async () => {
    const list = await listDocuments({ actor: outsider, input: { pageSize: 100 } });
    expect(list.documents.map((document) => document.id)).not.toContain(documentId);
    expect(list.total).toBe(await db.document.count({ where: { confidential: false } }));
    const replace = await previewReplace({ actor: outsiderReviewer, input: { find: "Geneva", replacement: "Genf" } });
    expect(replace.matches.map((match) => match.documentId)).not.toContain(documentId);
    // Nobody gets a confidential text from the shared memory, whoever asks (decision 023).
    for (const actor of [outsider, admin]) {
      const suggestions = await getSegmentSuggestions({ actor, segmentId: openSegmentId });
      expect(suggestions.matches.map((match) => match.target)).not.toContain(SECRET_EN);
      const concordance = await searchMemory({ actor, input: { q: "secret Geneva", lang: "en" } });
      expect(concordance.entries).toEqual([]);
    }
    const tmx = await exportMemoryTmx({ actor: admin, input: { lang: "en" } });
    expect(tmx.content).not.toContain("secret Geneva");
  });

  it("is visible to its assignee, publishers and administrators", async () => {
    for (const actor of [assigned, publisher, admin]) {
      expect((await getDocument({ actor, documentId })).title).toBe("Secret summit");
      expect((await listDocuments({ actor, input: { pageSize: 100 } })).documents.map((document) => document.id)).toContain(documentId);
      expect((await getSegment({ actor, segmentId })).targetText).toBe(SECRET_EN);
      expect(await listComments({ actor, segmentId })).toHaveLength(1);
    }
    expect((await listMyWork({ actor: assigned })).articles.map((article) => article.confidential)).toEqual([true]);
  });

  it("answers 404 over HTTP to an outsider on every route of the article and its exports, 200 to its assignee", async () => {
    const outsiderToken = (await createToken({ actor: outsider, input: { name: "outsider" } })).token;
    const assignedToken = (await createToken({ actor: assigned, input: { name: "assigned" } })).token;
    const routes: [Route, string, Record<string, string>][] = [
      [documentRoute, `/api/documents/${documentId}`, { id: documentId }],
      [exportRoute, `/api/documents/${documentId}/export?format=html&draft=1`, { id: documentId }],
      [exportRoute, `/api/documents/${documentId}/export?format=xliff12&draft=1`, { id: documentId }],
      [publicationsRoute, `/api/documents/${documentId}/publications`, { id: documentId }],
      [checklistRoute, `/api/documents/${documentId}/publish-checklist`, { id: documentId }],
      [activityRoute, `/api/documents/${documentId}/activity`, { id: documentId }],
      [translationsRoute, `/api/documents/${documentId}/translations`, { id: documentId }],
      [deskRoute, `/api/documents/${documentId}/desk`, { id: documentId }],
      [segmentRoute, `/api/segments/${segmentId}`, { id: segmentId }],
      [historyRoute, `/api/segments/${segmentId}/history`, { id: segmentId }],
      [commentsRoute, `/api/segments/${segmentId}/comments`, { id: segmentId }],
      [suggestionsRoute, `/api/segments/${segmentId}/suggestions`, { id: segmentId }],
    ];
    for (const [route, path, params] of routes) {
      const refused = await call(route, outsiderToken, path, params);
      expect({ path, status: refused.status }).toEqual({ path, status: 404 });
      expect(refused.text).not.toContain("Secret summit");
      expect({ path, status: (await call(route, assignedToken, path, params)).status }).toEqual({ path, status: 200 });
    }
    const list = await call(documentsRoute, outsiderToken, "/api/documents?pageSize=100");
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(documentId);
    expect((await call(myWorkRoute, assignedToken, "/api/my-work")).text).toContain(documentId);
  });
});

describe("documents list filters", () => {
  it("filters by assignee, language, priority, overdue and state, in the service and the API", async () => {
    const [translator, admin] = await Promise.all([createActor("TRANSLATOR"), createActor("ADMIN")]);
    const urgentLate = await createSmallDocument(admin);
    const normal = await createSmallDocument(admin);
    const unassigned = await createSmallDocument(admin);
    await setAssignment({ actor: admin, input: { documentId: urgentLate.document.id, version: 0, translatorId: translator.id, priority: "URGENT", dueAt: new Date(Date.now() - HOUR).toISOString() } });
    await setAssignment({ actor: admin, input: { documentId: normal.document.id, version: 0, translatorId: translator.id, dueAt: new Date(Date.now() + HOUR).toISOString() } });
    const ids = async (actor: Actor, filters: Record<string, string>) => (await listDocuments({ actor, input: { pageSize: 100, ...filters } })).documents.map((document) => document.id);

    expect(await ids(translator, { assignee: "me" })).toEqual(expect.arrayContaining([urgentLate.document.id, normal.document.id]));
    expect(await ids(translator, { assignee: "me" })).not.toContain(unassigned.document.id);
    expect(await ids(admin, { assignee: translator.id, priority: "URGENT" })).toEqual([urgentLate.document.id]);
    expect(await ids(admin, { assignee: translator.id, overdue: "1" })).toEqual([urgentLate.document.id]);
    expect(await ids(admin, { assignee: translator.id, lang: "es" })).toEqual([]);
    expect(await ids(admin, { assignee: translator.id, lang: "EN" })).toHaveLength(2);
    // Every small document has an untranslated paragraph and none is ready or published.
    expect(await ids(admin, { assignee: translator.id, state: "to-translate" })).toHaveLength(2);
    expect(await ids(admin, { assignee: translator.id, state: "ready" })).toEqual([]);
    expect(await ids(admin, { assignee: translator.id, state: "published" })).toEqual([]);
    expect(await refusal(listDocuments({ actor: admin, input: { priority: "SOMEDAY" } }))).toMatchObject({ code: "INVALID_INPUT", params: { field: "priority" } });

    const token = (await createToken({ actor: admin, input: { name: "filters" } })).token;
    const answer = await call(documentsRoute, token, `/api/documents?assignee=${translator.id}&priority=URGENT&overdue=1`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.documents.map((document: { id: string }) => document.id)).toEqual([urgentLate.document.id]);
  });
});
