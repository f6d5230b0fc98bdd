import { NextResponse } from "next/server";
import { withActor } from "@/server/http";
import { diffPublications } from "@/server/services/publishing/publish-document";

type Context = { params: Promise<{ id: string }> };

/** `?from=1&to=2`: the word-level difference between two published versions. */
export const GET = withActor<Context>(async (actor, request, { params }) => {
  const query = new URL(request.url).searchParams;
  const input = { documentId: (await params).id, from: query.get("from"), to: query.get("to") };
  return NextResponse.json(await diffPublications({ actor, input }));
});
