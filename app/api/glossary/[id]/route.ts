import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { deleteGlossaryTerm, updateGlossaryTerm } from "@/server/services/glossary";

type Context = { params: Promise<{ id: string }> };

/** The whole term with the `version` it was read at; a stale version is a 409. */
export const PUT = withActor<Context>(async (actor, request, { params }) =>
  NextResponse.json({ term: await updateGlossaryTerm({ actor, input: withIds(await readJson(request), { id: (await params).id }) }) }),
);

export const DELETE = withActor<Context>(async (actor, _request, { params }) => {
  await deleteGlossaryTerm({ actor, id: (await params).id });
  return new Response(null, { status: 204 });
});
