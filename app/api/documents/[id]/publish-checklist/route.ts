import { handleRoute } from "@/server/api/handle-route";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { getPublishChecklistContract } from "@/server/services/publishing/get-publish-checklist.schema";

export const GET = handleRoute(getPublishChecklistContract, ({ actor, params, query }) => getPublishChecklist({ actor, documentId: params.id, lang: query.lang }));
