import "server-only";

/**
 * A JSON answer with its Content-Length. Knowing the length lets Next's compression skip bodies
 * under 1 KiB (its threshold): gzip cost more CPU than the rest of a small answer such as a
 * saved paragraph, for no gain on the wire. Larger answers are compressed as before.
 */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body);
  return new Response(text, {
    status: init.status ?? 200,
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...init.headers },
  });
}
