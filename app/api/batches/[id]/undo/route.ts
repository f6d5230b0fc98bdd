import { handleRoute } from "@/server/api/handle-route";
import { undoBatch } from "@/server/services/batches/undo-batch";
import { undoBatchContract } from "@/server/services/batches/undo-batch.schema";

export const POST = handleRoute(undoBatchContract, ({ actor, params }) => undoBatch({ actor, input: { batchId: params.id } }));
