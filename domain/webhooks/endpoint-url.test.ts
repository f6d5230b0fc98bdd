import { describe, expect, it } from "vitest";
import { checkWebhookUrl, isBlockedAddress, parseAllowedHosts } from "./endpoint-url";

describe("addresses a webhook may not reach", () => {
  it.each([
    "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "255.255.255.255", "::", "::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "fc00::1", "fd12:3456::1",
    "fe80::1", "fe80::1%eth0", "ff02::1", "64:ff9b::a00:1", "2002:c0a8:101::1", "2001:db8::1", "::127.0.0.1",
  ])("blocks %s", (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each(["8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111", "2a00:1450:4007:80e::200e", "::ffff:8.8.8.8", "example.com"])(
    "lets %s through",
    (address) => expect(isBlockedAddress(address)).toBe(false),
  );
});

describe("an endpoint URL", () => {
  const allowed = parseAllowedHosts(" 127.0.0.1, Receiver.Local ,");

  it("reads the allowed hosts without blanks, in lower case", () => expect(allowed).toEqual(["127.0.0.1", "receiver.local"]));

  it.each([
    ["https://cms.example.com/hooks", true],
    ["http://127.0.0.1:4000/hooks", true],
    ["http://receiver.local/x", true],
  ])("accepts %s", (url, ok) => expect(checkWebhookUrl(url, allowed).ok).toBe(ok));

  it.each([
    ["not a url", "url-invalid"],
    ["ftp://cms.example.com/", "url-invalid"],
    ["http://cms.example.com/hooks", "url-not-https"],
    ["https://user:pw@cms.example.com/", "url-credentials"],
    ["https://127.0.0.2/", "url-private-address"],
    ["https://0x7f.1/", "url-private-address"],
    ["https://[::1]/", "url-private-address"],
    ["https://[::ffff:169.254.169.254]/", "url-private-address"],
    ["https://localhost/", "url-private-address"],
    ["http://127.0.0.1/", "url-not-https"],
  ])("refuses %s (%s)", (url, reason) => {
    const check = checkWebhookUrl(url, url === "http://127.0.0.1/" ? [] : allowed.filter((host) => host !== "127.0.0.1"));
    expect(check).toEqual({ ok: false, reason });
  });
});
