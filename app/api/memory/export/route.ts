import { handleRoute } from "@/server/api/handle-route";
import { exportMemoryTmx } from "@/server/services/memory/export-memory-tmx";
import { exportMemoryTmxContract } from "@/server/services/memory/import-memory-tmx.schema";

export const GET = handleRoute(exportMemoryTmxContract, async ({ actor, query }) => {
  const { content } = await exportMemoryTmx({ actor, input: query });
  return new Response(content, {
    headers: { "content-type": "application/x-tmx+xml; charset=utf-8", "content-disposition": `attachment; filename="memory-fr-${query.lang}.tmx"`, "cache-control": "no-store" },
  });
});
