import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { db } from "../db";
import { authenticateUser } from "./authenticate-user";
import { endSessions, findActor } from "./find-actor";

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
        return actor ? { id: actor.id, name: actor.name, email: actor.email, role: actor.role, sessionVersion: actor.sessionVersion } : null;
      },
    }),
  ],
  events: {
    // Signing out ends the account's sessions everywhere, not only this browser's cookie: a
    // copied or stolen cookie stops working too.
    async signOut({ token }) {
      if (token?.sub && typeof token.sessionVersion === "number" && (await findActor(token.sub, token.sessionVersion))) {
        await endSessions(db, token.sub);
      }
    },
  },
  callbacks: {
    // The token carries the role for display; services re-read it from the database.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
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
