import { handleRoute } from "@/server/api/handle-route";
import { listPublications } from "@/server/services/publishing/list-publications";
import { listPublicationsContract } from "@/server/services/publishing/list-publications.schema";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { publishDocumentContract } from "@/server/services/publishing/publish-document.schema";

export const GET = handleRoute(listPublicationsContract, ({ actor, params, query }) => listPublications({ actor, documentId: params.id, lang: query.lang }));

export const POST = handleRoute(publishDocumentContract, ({ actor, params, body }) => publishDocument({ actor, input: { ...(body as object), documentId: params.id } }));
