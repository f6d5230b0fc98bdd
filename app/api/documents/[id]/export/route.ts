import { handleRoute } from "@/server/api/handle-route";
import { exportDocument } from "@/server/services/publishing/export-document";
import { exportDocumentContract } from "@/server/services/publishing/export-document.schema";

export const GET = handleRoute(exportDocumentContract, async ({ actor, params, query }) => {
  const file = await exportDocument({ actor, input: { ...query, documentId: params.id } });
  const body = typeof file.body === "string" ? file.body : Buffer.from(file.body);
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      // The ASCII name for old clients, the exact UTF-8 name for the others (RFC 6266).
      "content-disposition": `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
