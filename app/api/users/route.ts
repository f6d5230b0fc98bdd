import { NextResponse } from "next/server";
import { AppError } from "@/server/errors";
import { withActor } from "@/server/http";
import { createUser } from "@/server/services/create-user";
import { listUsers } from "@/server/services/list-users";

export const GET = withActor(async (actor) => NextResponse.json({ users: await listUsers({ actor }) }));

export const POST = withActor(async (actor, request) => {
  const body: unknown = await request.json().catch(() => {
    throw new AppError("INVALID_INPUT", { field: "body" });
  });
  return NextResponse.json(await createUser({ actor, input: body }), { status: 201 });
});
