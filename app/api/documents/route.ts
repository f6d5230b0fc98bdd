import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { createDocument } from "@/server/services/create-document";
import { listDocuments } from "@/server/services/list-documents";

/** One page of the documents, most recently changed first: `?page=1&pageSize=50` (at most 100). */
export const GET = withActor(async (actor, request) =>
  NextResponse.json(await listDocuments({ actor, input: Object.fromEntries(new URL(request.url).searchParams) })),
);

/** Creates a document from paragraph pairs already aligned: `{ title, sourceLang, targetLang, pairs: [{ kind, sourceText, targetText }] }`. */
export const POST = withActor(async (actor, request) =>
  NextResponse.json(await createDocument({ actor, input: await readJson(request) }), { status: 201 }),
);
