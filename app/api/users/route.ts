import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { createUser } from "@/server/services/create-user";
import { listUsers } from "@/server/services/list-users";

export const GET = withActor(async (actor) => NextResponse.json({ users: await listUsers({ actor }) }));

export const POST = withActor(async (actor, request) =>
  NextResponse.json(await createUser({ actor, input: await readJson(request) }), { status: 201 }),
);
