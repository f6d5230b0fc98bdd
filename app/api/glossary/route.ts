import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { createGlossaryTerm, listGlossaryTerms } from "@/server/services/glossary";

export const GET = withActor(async (actor) => NextResponse.json({ terms: await listGlossaryTerms({ actor }) }));

/** `{ sourceTerm, targetTerm, forbidden: string[], caseSensitive, note }` (reviewers and administrators). */
export const POST = withActor(async (actor, request) => NextResponse.json({ term: await createGlossaryTerm({ actor, input: await readJson(request) }) }, { status: 201 }));
