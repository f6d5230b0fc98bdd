import { NextResponse } from "next/server";
import { handleRoute } from "@/server/api/handle-route";
import { readJson, withActor } from "@/server/http";
import { createDocument } from "@/server/services/create-document";
import { listDocuments } from "@/server/services/documents/list-documents";
import { listDocumentsContract } from "@/server/services/documents/list-documents.schema";

export const GET = handleRoute(listDocumentsContract, ({ actor, query }) => listDocuments({ actor, input: query }));

/** Creates a document from paragraph pairs already aligned: `{ title, sourceLang, targetLang, pairs: [{ kind, sourceText, targetText }] }`. */
export const POST = withActor(async (actor, request) =>
  NextResponse.json(await createDocument({ actor, input: await readJson(request) }), { status: 201 }),
);
