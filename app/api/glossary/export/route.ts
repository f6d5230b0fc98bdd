import { withActor } from "@/server/http";
import { exportGlossary } from "@/server/services/glossary";

/** `?format=csv|tbx`, as a download. */
export const GET = withActor(async (actor, request) => {
  const file = await exportGlossary({ actor, format: new URL(request.url).searchParams.get("format") });
  return new Response(file.body, { headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" } });
});
