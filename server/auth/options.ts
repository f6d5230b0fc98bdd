import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { authenticateUser } from "./authenticate-user";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const actor = await authenticateUser({ email: credentials?.email, password: credentials?.password });
        return actor ? { id: actor.id, name: actor.name, email: actor.email, role: actor.role } : null;
      },
    }),
  ],
  callbacks: {
    // The token carries the role for display; services re-read it from the database.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) {
        session.user = { id: token.sub, name: token.name ?? "", email: token.email ?? "", role: token.role };
      }
      return session;
    },
  },
};
