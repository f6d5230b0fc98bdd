import { NextResponse } from "next/server";
import { AppError } from "@/server/errors";
import { withActor } from "@/server/http";
import { getDocument } from "@/server/services/documents/get-document";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (actor, _request, { params }) => {
  try {
    return NextResponse.json({ document: await getDocument({ actor, documentId: (await params).id }) });
  } catch (error) {
    // A document the actor may not see is reported as missing, never as forbidden.
    if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("NOT_FOUND", { entity: "document" });
    throw error;
  }
});
