import type { Role } from "@/domain/users/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
  interface User {
    id: string;
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The account's session version at sign-in; a different one in the database ends the session. */
    sessionVersion?: number;
  }
}
