// Cross-site write protection for the JSON API. Session cookies are SameSite=Lax, which a page
// on a sibling port or subdomain (the same "site") still gets sent with its form posts, so
// every state-changing request must show it comes from one of the app's own origins.

/** Methods that change nothing: never refused for their origin. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = { ok: true } | { ok: false; reason: "cross-origin" | "content-type" };

/**
 * Decides whether a request may change state. `Origin` must be one of `appOrigins`; without it,
 * `Sec-Fetch-Site` must say same-origin, and without that the `Referer` must be one of ours. A
 * request with none of the three is not from a browser (scripts, the command line): it carries
 * no ambient credentials a page could borrow, so it passes. A body must be declared JSON: a form
 * can only send form encodings or text/plain.
 */
export function checkWriteRequest(request: { method: string; headers: Headers }, appOrigins: readonly string[], hasBody: boolean): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  const referer = request.headers.get("referer");
  if (origin !== null) {
    if (!appOrigins.includes(origin)) return { ok: false, reason: "cross-origin" };
  } else if (fetchSite !== null) {
    if (fetchSite !== "same-origin") return { ok: false, reason: "cross-origin" };
  } else if (referer !== null) {
    if (!appOrigins.includes(originOf(referer))) return { ok: false, reason: "cross-origin" };
  }
  if (hasBody) {
    const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "application/json") return { ok: false, reason: "content-type" };
  }
  return { ok: true };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "null";
  }
}

/** The app's own origins: the one the request was addressed to, and the configured public URL. */
export function appOriginsFor(requestUrl: string, publicUrl: string | undefined): string[] {
  return [...new Set([originOf(requestUrl), ...(publicUrl ? [originOf(publicUrl)] : [])])];
}
