import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { setCommentResolved } from "@/server/services/comments";

type Context = { params: Promise<{ id: string }> };

/** `{ isResolved, version }`: resolves or reopens a thread. */
export const PATCH = withActor<Context>(async (actor, request, { params }) => {
  const input = withIds(await readJson(request), { commentId: (await params).id });
  return NextResponse.json({ comment: await setCommentResolved({ actor, input }) });
});
