import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { addComment, listComments } from "@/server/services/comments";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json({ comments: await listComments({ actor, segmentId: (await params).id }) }),
);

/** `{ body, parentId? }`. */
export const POST = withActor<Context>(async (actor, request, { params }) => {
  const input = withIds(await readJson(request), { segmentId: (await params).id });
  return NextResponse.json({ comment: await addComment({ actor, input }) }, { status: 201 });
});
