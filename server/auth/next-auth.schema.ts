import { z } from "zod";
import { defineContract } from "../api/contract";

const nextAuthParams = z.object({ nextauth: z.string().describe("next-auth's action: csrf, session, signin, signout, callback/credentials, providers") });
const summary = "next-auth's endpoints behind the sign-in form: CSRF token, session, sign-in with email and password, sign-out.";

export const nextAuthGetContract = defineContract({
  operationId: "nextAuthGet",
  tag: "auth",
  method: "GET",
  path: "/api/auth/{nextauth}",
  summary,
  access: "public",
  params: nextAuthParams,
  produces: { kind: "raw-json" },
});

export const nextAuthPostContract = defineContract({
  ...nextAuthGetContract,
  operationId: "nextAuthPost",
  method: "POST",
  summary: `${summary} Signing in with a password (callback/credentials) answers 429 with Retry-After once an account, or an address behind a trusted proxy, has used up its failed sign-ins (decision 012).`,
});
