import { handleRoute } from "@/server/api/handle-route";
import { importGlossary } from "@/server/services/glossary/import-glossary";
import { importGlossaryContract } from "@/server/services/glossary/import-glossary.schema";

export const POST = handleRoute(importGlossaryContract, ({ actor, body }) => importGlossary({ actor, input: body }));
