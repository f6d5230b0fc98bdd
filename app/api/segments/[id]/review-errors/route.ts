import { handleRoute } from "@/server/api/handle-route";
import { typeCorrection } from "@/server/services/quality/type-correction";
import { typeCorrectionContract } from "@/server/services/quality/type-correction.schema";

export const POST = handleRoute(typeCorrectionContract, ({ actor, params, body }) => typeCorrection({ actor, input: { ...(body as object), segmentId: params.id } }));
