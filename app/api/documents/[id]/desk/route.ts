import { handleRoute } from "@/server/api/handle-route";
import { getDeskContract, setDocumentDeskContract } from "@/server/services/desk/assignment.schema";
import { getDesk } from "@/server/services/desk/get-desk";
import { setDocumentDesk } from "@/server/services/desk/set-document-desk";

export const GET = handleRoute(getDeskContract, ({ actor, params, query }) => getDesk({ actor, documentId: params.id, lang: query.lang }));
export const PUT = handleRoute(setDocumentDeskContract, ({ actor, params, body }) => setDocumentDesk({ actor, input: { ...(body as object), documentId: params.id } }));
