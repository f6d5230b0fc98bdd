// Cross-site write protection for the JSON API. Session cookies are SameSite=Lax, which a page
// on a sibling port or subdomain (the same "site") still gets sent with its form posts, so
// every state-changing request must show it comes from one of the app's own origins.

/** Methods that change nothing: never refused for their origin. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request may change state as far as its origin goes. `Origin` must be one of
 * `appOrigins`; without it, `Sec-Fetch-Site` must say same-origin, and without that the
 * `Referer` must be one of ours. A request with none of the three is not from a browser
 * (scripts, the command line): it carries no ambient credentials a page could borrow, so it
 * passes.
 */
export function isSameOriginWrite(request: { method: string; headers: Headers }, appOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  if (origin !== null) return appOrigins.includes(origin);
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite === "same-origin";
  const referer = request.headers.get("referer");
  if (referer !== null) return appOrigins.includes(originOf(referer));
  return true;
}

/** A body must be declared JSON: an HTML form can only send form encodings or text/plain. */
export function isJsonContentType(headers: Headers): boolean {
  return (headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase() === "application/json";
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
