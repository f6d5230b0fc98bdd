import { NextResponse } from "next/server";
import { handlePublicRoute } from "@/server/api/handle-route";
import { getOpenApiContract } from "@/server/api/openapi.schema";
import { getOpenApiDocument } from "@/server/api/get-openapi-document";

/** Public: it describes the routes and their shapes, never data. */
export const GET = handlePublicRoute(getOpenApiContract, async () => NextResponse.json(getOpenApiDocument()));
