import { handleRoute } from "@/server/api/handle-route";
import { AppError } from "@/server/errors";
import { getDocument } from "@/server/services/documents/get-document";
import { getDocumentContract } from "@/server/services/documents/get-document.schema";

export const GET = handleRoute(getDocumentContract, async ({ actor, params, query }) => {
  try {
    return await getDocument({ actor, documentId: params.id, lang: query.lang });
  } catch (error) {
    // A document the actor may not see is reported as missing, never as forbidden.
    if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("NOT_FOUND", { entity: "document" });
    throw error;
  }
});
