import { AppError } from "../errors";
import { can, type Actor, type Permission } from "./permissions";

/** Throws FORBIDDEN unless the actor holds the permission. Every service starts here. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError("FORBIDDEN", { permission });
  }
}
