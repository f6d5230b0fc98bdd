import { handleRoute } from "@/server/api/handle-route";
import { exportGlossary } from "@/server/services/glossary/export-glossary";
import { exportGlossaryContract } from "@/server/services/glossary/export-glossary.schema";

export const GET = handleRoute(exportGlossaryContract, async ({ actor, query }) => {
  const file = await exportGlossary({ actor, format: query.format, lang: query.lang });
  return new Response(file.body, { headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" } });
});
