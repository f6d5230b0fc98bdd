import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { importGlossary } from "@/server/services/glossary";

/** `{ format: "csv" | "tbx", content }`: adds new terms and updates known ones in one transaction. */
export const POST = withActor(async (actor, request) => NextResponse.json(await importGlossary({ actor, input: await readJson(request) })));
