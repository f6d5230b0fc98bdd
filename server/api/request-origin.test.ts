import { describe, expect, it } from "vitest";
import { appOriginsFor, checkWriteRequest } from "./request-origin";

const APP = appOriginsFor("http://localhost:3000/api/segments/s1", "https://vav.newsroom.example");

function request(method: string, headers: Record<string, string>) {
  return { method, headers: new Headers(headers) };
}

describe("checkWriteRequest", () => {
  it.each([
    ["a fetch from the app", "POST", { origin: "http://localhost:3000", "content-type": "application/json" }, true, { ok: true }],
    ["a fetch from the public address", "PUT", { origin: "https://vav.newsroom.example", "content-type": "application/json; charset=utf-8" }, true, { ok: true }],
    ["a read from anywhere", "GET", { origin: "http://evil.example" }, false, { ok: true }],
    ["a script without browser headers", "POST", { "content-type": "application/json" }, true, { ok: true }],
    ["a same-origin fetch without Origin", "DELETE", { "sec-fetch-site": "same-origin" }, false, { ok: true }],
    ["a same-origin referer", "POST", { referer: "http://localhost:3000/documents/1", "content-type": "application/json" }, true, { ok: true }],
    ["a sibling port (same site, other origin)", "POST", { origin: "http://localhost:3001", "content-type": "text/plain" }, true, { ok: false, reason: "cross-origin" }],
    ["a subdomain", "POST", { origin: "https://evil.vav.newsroom.example", "content-type": "application/json" }, true, { ok: false, reason: "cross-origin" }],
    ["an opaque origin (sandboxed page)", "POST", { origin: "null", "content-type": "application/json" }, true, { ok: false, reason: "cross-origin" }],
    ["a same-site fetch without Origin", "POST", { "sec-fetch-site": "same-site", "content-type": "application/json" }, true, { ok: false, reason: "cross-origin" }],
    ["a foreign referer", "POST", { referer: "http://localhost:3001/attack.html", "content-type": "application/json" }, true, { ok: false, reason: "cross-origin" }],
    ["a text/plain body from the app", "POST", { origin: "http://localhost:3000", "content-type": "text/plain" }, true, { ok: false, reason: "content-type" }],
    ["a form-encoded body from a script", "POST", { "content-type": "application/x-www-form-urlencoded" }, true, { ok: false, reason: "content-type" }],
    ["a body route without a content type", "POST", { origin: "http://localhost:3000" }, true, { ok: false, reason: "content-type" }],
    ["a route that reads no body", "POST", { origin: "http://localhost:3000" }, false, { ok: true }],
  ])("%s", (_, method, headers, hasBody, expected) => {
    expect(checkWriteRequest(request(method, headers), APP, hasBody)).toEqual(expected);
  });
});
