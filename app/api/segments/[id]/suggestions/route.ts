import { handleRoute } from "@/server/api/handle-route";
import { getSegmentSuggestions } from "@/server/services/memory/get-segment-suggestions";
import { getSegmentSuggestionsContract } from "@/server/services/memory/get-segment-suggestions.schema";

export const GET = handleRoute(getSegmentSuggestionsContract, ({ actor, params }) => getSegmentSuggestions({ actor, segmentId: params.id }));
