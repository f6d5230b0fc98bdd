import "server-only";

/** Answers smaller than this many bytes are sent uncompressed: a few TCP packets, where a fresh gzip stream per answer costs more CPU (about 1 ms here) than it saves on the wire. */
export const COMPRESSION_THRESHOLD_BYTES = 8 * 1024;

/**
 * A JSON answer. One under 8 KiB, such as a saved paragraph, is marked `Cache-Control:
 * no-transform`, which Next's compression honours: gzip cost more CPU than the rest of such an
 * answer (bench:load's profile), for no gain on the wire, and Next drops the Content-Length that
 * would let the library's own threshold decide. Larger answers are compressed as before.
 */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body);
  const isSmall = Buffer.byteLength(text) < COMPRESSION_THRESHOLD_BYTES;
  return new Response(text, {
    status: init.status ?? 200,
    headers: { "content-type": "application/json", ...(isSmall ? { "cache-control": "no-transform" } : {}), ...init.headers },
  });
}
