// A page on another port of the same host (the same "site", so SameSite=Lax cookies go along)
// tries to make a signed-in administrator's browser write to the API: a text/plain form and a
// no-cors fetch. Nothing may change.
import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_TITLE, demoUser, signIn } from "./support";

const ATTACKER_PORT = 3331;
let attacker: Server;
let page = "";

test.beforeAll(async () => {
  attacker = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(page);
  });
  await new Promise<void>((resolve) => attacker.listen(ATTACKER_PORT, "127.0.0.1", resolve));
});

test.afterAll(() => {
  attacker?.close();
});

/** A text/plain form whose one field makes the body read as JSON: `{"...":"=..."}`. */
function jsonForm(id: string, action: string, body: Record<string, unknown>) {
  const text = JSON.stringify({ ...body, padding: "" });
  const name = text.slice(0, -2);
  return `<form id="${id}" method="POST" enctype="text/plain" action="${action}" target="sink"><input name='${name}' value='"}'></form>`;
}

test("a page on a sibling port can neither post a text/plain form nor a no-cors fetch to the API", async ({ browser, baseURL }) => {
  const admin = demoUser("ADMIN");
  const context = await browser.newContext();
  const tab = await context.newPage();
  await signIn(tab, admin.email, admin.password);

  const documents = (await (await tab.request.get("/api/documents")).json()) as { data: { documents: { id: string; title: string }[] } };
  const demoId = documents.data.documents.find((document) => document.title === DEMO_TITLE)?.id;
  const demo = (await (await tab.request.get(`/api/documents/${demoId}`)).json()) as { data: { segments: { id: string; state: string; version: number }[] } };
  const target = demo.data.segments.find((segment) => segment.state === "TRANSLATED");
  if (!target) throw new Error("the demo article has no paragraph awaiting review");

  const email = `forged-${Date.now()}@example.com`;
  page = `<!doctype html><html><body>
    <iframe name="sink" title="sink"></iframe>
    ${jsonForm("approve", `${baseURL}/api/segments/${target.id}/review`, { action: "approve", version: target.version })}
    ${jsonForm("term", `${baseURL}/api/glossary`, { sourceTerm: "Piège", targetTerm: "Trap", forbidden: [], caseSensitive: false, note: "" })}
    <script>
      document.getElementById("approve").submit();
      setTimeout(() => document.getElementById("term").submit(), 300);
      fetch(${JSON.stringify(`${baseURL}/api/users`)}, {
        method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" },
        body: JSON.stringify({ email: ${JSON.stringify(email)}, name: "Forged", role: "ADMIN", password: "forged-password-123", uiLanguage: "en" }),
      }).finally(() => { document.title = "sent"; });
    </script></body></html>`;
  await tab.goto(`http://localhost:${ATTACKER_PORT}/attack.html`);
  await expect(tab).toHaveTitle("sent");
  // Give both form posts time to reach the server.
  await tab.waitForTimeout(1_500);

  const after = (await (await tab.request.get(`/api/segments/${target.id}`)).json()) as { data: { state: string; version: number } };
  expect(after.data).toMatchObject({ state: "TRANSLATED", version: target.version });
  const terms = ((await (await tab.request.get("/api/glossary")).json()) as { data: { sourceTerm: string }[] }).data;
  expect(terms.map((term) => term.sourceTerm)).not.toContain("Piège");
  const users = ((await (await tab.request.get("/api/users")).json()) as { data: { email: string }[] }).data;
  // (Not a count of accounts: tests in the other worker create accounts meanwhile.)
  expect(users.map((user) => user.email)).not.toContain(email);
  await context.close();
});
