import { NextResponse } from "next/server";
import { withActor } from "@/server/http";
import { listDocumentActivity } from "@/server/services/documents/list-document-activity";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json({ activity: await listDocumentActivity({ actor, documentId: (await params).id }) }),
);
