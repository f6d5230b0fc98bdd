import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { limitCredentialsSignIn } from "@/server/auth/sign-in-limits";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// Signing in with a password goes through the sign-in limits (decision 012); next-auth's other
// actions (CSRF token, sign-out) go straight to it.
export const POST = async (request: Request, context: Context): Promise<Response> => {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(request, context);
  return limitCredentialsSignIn(request, () => handler(request, context));
};

export { handler as GET };
