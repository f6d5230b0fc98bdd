import "server-only";
import { authenticateApiToken, readBearerToken } from "./api-token";
import type { Actor } from "./permissions";
import { getActor } from "./session";

/**
 * Who is calling an API route: the account behind `Authorization: Bearer <token>` when the
 * request carries one (a bad token is a 401, even beside a valid cookie), else the session
 * cookie's account, else null. Only route handlers use it: pages read the cookie alone
 * (`requireActor`), so a token never opens a page.
 */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const token = readBearerToken(request.headers);
  return token === null ? getActor() : authenticateApiToken(token);
}
