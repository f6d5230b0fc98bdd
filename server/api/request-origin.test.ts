import { describe, expect, it } from "vitest";
import { appOriginsFor, isJsonContentType, isSameOriginWrite } from "./request-origin";

const APP = appOriginsFor("http://localhost:3000/api/segments/s1", "https://vav.newsroom.example");

describe("isSameOriginWrite", () => {
  it.each([
    ["a fetch from the app", "POST", { origin: "http://localhost:3000" }, true],
    ["a fetch from the public address", "PUT", { origin: "https://vav.newsroom.example" }, true],
    ["a read from anywhere", "GET", { origin: "http://evil.example" }, true],
    ["a script without browser headers", "POST", {}, true],
    ["a same-origin fetch without Origin", "DELETE", { "sec-fetch-site": "same-origin" }, true],
    ["a same-origin referer", "POST", { referer: "http://localhost:3000/documents/1" }, true],
    ["a sibling port (same site, other origin)", "POST", { origin: "http://localhost:3001" }, false],
    ["a subdomain", "POST", { origin: "https://evil.vav.newsroom.example" }, false],
    ["an opaque origin (sandboxed page)", "POST", { origin: "null" }, false],
    ["a same-site fetch without Origin", "PATCH", { "sec-fetch-site": "same-site" }, false],
    ["a cross-site fetch without Origin", "POST", { "sec-fetch-site": "cross-site", referer: "http://localhost:3000/" }, false],
    ["a foreign referer", "POST", { referer: "http://localhost:3001/attack.html" }, false],
  ])("%s", (_, method, headers, expected) => {
    expect(isSameOriginWrite({ method, headers: new Headers(headers) }, APP)).toBe(expected);
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON", true],
    ["text/plain", false],
    ["application/x-www-form-urlencoded", false],
    ["multipart/form-data; boundary=x", false],
    ["", false],
  ])("%j is %s", (type, expected) => {
    expect(isJsonContentType(new Headers(type ? { "content-type": type } : {}))).toBe(expected);
  });
});
