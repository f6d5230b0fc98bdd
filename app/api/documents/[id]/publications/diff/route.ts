import { handleRoute } from "@/server/api/handle-route";
import { diffPublications } from "@/server/services/publishing/diff-publications";
import { diffPublicationsContract } from "@/server/services/publishing/diff-publications.schema";

export const GET = handleRoute(diffPublicationsContract, ({ actor, params, query }) => diffPublications({ actor, input: { ...query, documentId: params.id } }));
