import { handleRoute } from "@/server/api/handle-route";
import { listDocumentActivity } from "@/server/services/documents/list-document-activity";
import { listDocumentActivityContract } from "@/server/services/documents/list-document-activity.schema";

export const GET = handleRoute(listDocumentActivityContract, ({ actor, params, query }) => listDocumentActivity({ actor, documentId: params.id, lang: query.lang }));
