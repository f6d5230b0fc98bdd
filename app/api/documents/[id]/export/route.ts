import { withActor } from "@/server/http";
import { exportDocument } from "@/server/services/publishing/export-document";

type Context = { params: Promise<{ id: string }> };

/** `?format=html|md|txt|json|docx|xliff12|xliff20|tmx[&version=N][&draft=1]`, as a download. */
export const GET = withActor<Context>(async (actor, request, { params }) => {
  const query = new URL(request.url).searchParams;
  const file = await exportDocument({
    actor,
    input: {
      documentId: (await params).id,
      format: query.get("format"),
      version: query.get("version") ?? undefined,
      draft: query.get("draft") === "1" || query.get("draft") === "true",
    },
  });
  const body = typeof file.body === "string" ? file.body : Buffer.from(file.body);
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
