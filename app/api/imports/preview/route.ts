import { handleRoute } from "@/server/api/handle-route";
import { previewImport } from "@/server/services/imports/preview-import";
import { previewImportContract } from "@/server/services/imports/preview-import.schema";

export const POST = handleRoute(previewImportContract, ({ actor, body }) => previewImport({ actor, input: body }));
