import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "../env";
import type { Actor } from "./permissions";
import { findActor } from "./find-actor";

/**
 * The signed-in, active user behind this request, or null. Read once per request. Only the
 * session JWT is decoded (signature and expiry checked); `getServerSession` would run the
 * whole next-auth handler on every save for the same answer.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const request = { cookies: await cookies(), headers: await headers() };
  const token = await getToken({ req: request as unknown as Parameters<typeof getToken>[0]["req"], secret: env.NEXTAUTH_SECRET });
  return token?.sub && typeof token.sessionVersion === "number" ? findActor(token.sub, token.sessionVersion) : null;
});

/** For pages: the actor, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
