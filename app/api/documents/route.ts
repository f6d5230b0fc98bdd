import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { createDocument } from "@/server/services/create-document";
import { listDocuments } from "@/server/services/list-documents";

export const GET = withActor(async (actor) => NextResponse.json({ documents: await listDocuments({ actor }) }));

/** Creates a document from paragraph pairs already aligned: `{ title, sourceLang, targetLang, pairs: [{ kind, sourceText, targetText }] }`. */
export const POST = withActor(async (actor, request) =>
  NextResponse.json(await createDocument({ actor, input: await readJson(request) }), { status: 201 }),
);
