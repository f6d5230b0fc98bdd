import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "../env";
import type { Actor } from "./permissions";
import { findActor } from "./find-actor";
import { cachedSession, rememberSession, sessionTokenText } from "./session-token-cache";

/**
 * The signed-in, active user behind this request, or null. Read once per request. Only the
 * session JWT is decoded (signature and expiry checked); `getServerSession` would run the
 * whole next-auth handler on every save for the same answer. A token already decoded by this
 * process is not decoded again (session-token-cache.ts); the account is read every time.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const text = sessionTokenText(jar.getAll());
  if (text === null) return null;
  let session = cachedSession(text);
  if (!session) {
    const request = { cookies: jar, headers: await headers() };
    const token = await getToken({ req: request as unknown as Parameters<typeof getToken>[0]["req"], secret: env.NEXTAUTH_SECRET });
    if (!token?.sub || typeof token.sessionVersion !== "number" || typeof token.exp !== "number") return null;
    session = { sub: token.sub, sessionVersion: token.sessionVersion, exp: token.exp };
    rememberSession(text, session);
  }
  return findActor(session.sub, session.sessionVersion);
});

/** For pages: the actor, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
