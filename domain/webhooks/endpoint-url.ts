// Which addresses a webhook may be sent to. Pure, so the registration form and the server (at
// registration and again at every connection, against what DNS answers) apply the same rule.

/** The longest endpoint URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2_000;

export type WebhookUrlRefusal = "url-invalid" | "url-not-https" | "url-credentials" | "url-private-address";

export type WebhookUrlCheck = { ok: true; url: URL; isAllowedHost: boolean } | { ok: false; reason: WebhookUrlRefusal };

/** WEBHOOK_ALLOWED_HOSTS: host names without ports, comma-separated, compared in lower case. */
export function parseAllowedHosts(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((host) => host.trim().toLowerCase().replace(/^\[|\]$/g, ""))
    .filter((host) => host !== "");
}

/** The URL's host as compared with the allowed list and classified: lower case, IPv6 without brackets. */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
}

/**
 * Checks an endpoint URL before anything is sent: http(s) only, https unless the host is allowed,
 * no user name or password in it (they would travel to every redirect-free retry in clear logs),
 * and no literal address in a private or reserved range unless allowed. Names are checked again
 * when they resolve (the server's connection lookup), since DNS can point anywhere.
 */
export function checkWebhookUrl(raw: string, allowedHosts: readonly string[]): WebhookUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: "url-invalid" };
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.hostname === "" || raw.length > MAX_WEBHOOK_URL_LENGTH) return { ok: false, reason: "url-invalid" };
  if (url.username !== "" || url.password !== "") return { ok: false, reason: "url-credentials" };
  const host = hostOf(url);
  const isAllowedHost = allowedHosts.includes(host);
  if (isAllowedHost) return { ok: true, url, isAllowedHost };
  if (url.protocol !== "https:") return { ok: false, reason: "url-not-https" };
  if (host === "localhost" || host.endsWith(".localhost") || isBlockedAddress(host)) return { ok: false, reason: "url-private-address" };
  return { ok: true, url, isAllowedHost };
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

/** The eight 16-bit groups of an IPv6 address (with an IPv4 tail allowed), or null. */
function parseIpv6(text: string): number[] | null {
  const address = text.replace(/%.*$/, "");
  if (!address.includes(":")) return null;
  let tail: number[] = [];
  let head = address;
  const lastColon = address.lastIndexOf(":");
  if (address.slice(lastColon + 1).includes(".")) {
    const v4 = parseIpv4(address.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
    head = address.slice(0, lastColon + 1) + (address[lastColon - 1] === ":" ? "" : "0");
    if (head.endsWith(":0")) head = head.slice(0, -2);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const halves = head.split("::");
  if (halves.length > 2) return null;
  const toGroups = (part: string) => (part === "" ? [] : part.split(":"));
  const left = toGroups(halves[0]);
  const right = halves.length === 2 ? toGroups(halves[1]) : [];
  if ([...left, ...right].some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return null;
  const missing = 8 - tail.length - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...left.map((g) => parseInt(g, 16)), ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...right.map((g) => parseInt(g, 16)), ...tail];
}

function isBlockedIpv4([a, b, c]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a >= 224 // multicast, reserved, broadcast
  );
}

/**
 * True for an address a webhook must not reach unless its host is allowed: private, loopback,
 * link-local, unique-local, carrier-grade NAT, multicast, documentation and reserved ranges, in
 * IPv4 and IPv6, including IPv4 addresses carried inside IPv6 (mapped, compatible, NAT64, 6to4).
 * Not an IP address at all: false (a name, checked once resolved).
 */
export function isBlockedAddress(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4) return isBlockedIpv4(v4);
  const g = parseIpv6(address);
  if (!g) return false;
  const embedded = (high: number, low: number) => isBlockedIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  const firstSixZero = g.slice(0, 6).every((group) => group === 0);
  if (firstSixZero) return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
  if (g.slice(0, 5).every((group) => group === 0) && g[5] === 0xffff) return embedded(g[6], g[7]); // ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b) return embedded(g[6], g[7]); // NAT64
  if (g[0] === 0x2002) return embedded(g[1], g[2]); // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return true; // link-local, site-local
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  if (g[0] === 0x0100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return true; // discard
  return false;
}
