import { NextResponse } from "next/server";
import { withActor } from "@/server/http";
import { getPublishChecklist } from "@/server/services/publishing/publish-document";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json(await getPublishChecklist({ actor, documentId: (await params).id })),
);
