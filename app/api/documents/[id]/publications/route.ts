import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { listPublications, publishDocument } from "@/server/services/publishing/publish-document";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json({ publications: await listPublications({ actor, documentId: (await params).id }) }),
);

/** Publishes a new version. `{ overrideReason? }` (administrators only). 409 PUBLISH_BLOCKED carries the checklist. */
export const POST = withActor<Context>(async (actor, request, { params }) => {
  const body = request.headers.get("content-length") === "0" ? {} : await readJson(request);
  const input = withIds(body, { documentId: (await params).id });
  return NextResponse.json({ publication: await publishDocument({ actor, input }) }, { status: 201 });
});
