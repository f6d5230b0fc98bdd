import { NextResponse } from "next/server";
import { withActor } from "@/server/http";
import { listDocuments } from "@/server/services/list-documents";

export const GET = withActor(async (actor) => NextResponse.json({ documents: await listDocuments({ actor }) }));
