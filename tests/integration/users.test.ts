import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { authenticateUser } from "@/server/auth/authenticate-user";
import { createUser } from "@/server/services/users/create-user";
import { endSessions, findActor, loadActor } from "@/server/auth/find-actor";
import { listUsers } from "@/server/services/users/list-users";
import { updateUiLanguage } from "@/server/services/users/update-ui-language";
import { updateUserRole } from "@/server/services/users/update-user-role";
import { countRows, createActor, TEST_PASSWORD } from "./support/actors";

const newUser = (email: string) => ({ email, name: "Nadia New", role: "TRANSLATOR", password: "a long enough secret" });

describe("authenticateUser", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const actor = await createActor("REVIEWER");
    await expect(authenticateUser({ email: actor.email.toUpperCase(), password: TEST_PASSWORD })).resolves.toMatchObject({
      id: actor.id,
      role: "REVIEWER",
    });
  });

  it.each([
    ["a wrong password", (email: string) => ({ email, password: "wrong password" })],
    ["an unknown email", () => ({ email: "nobody@example.com", password: TEST_PASSWORD })],
    ["a missing password", (email: string) => ({ email })],
    ["garbage", () => "not an object"],
  ])("refuses %s", async (_label, credentials) => {
    const actor = await createActor("TRANSLATOR");
    await expect(authenticateUser(credentials(actor.email))).resolves.toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    const actor = await createActor("ADMIN", { isActive: false });
    await expect(authenticateUser({ email: actor.email, password: TEST_PASSWORD })).resolves.toBeNull();
    await expect(loadActor(actor.id)).resolves.toBeNull();
    await expect(findActor(actor.id, 1)).resolves.toBeNull();
  });

  it("ends every session of an account when its session version moves on", async () => {
    const actor = await createActor("TRANSLATOR");
    const signedIn = await authenticateUser({ email: actor.email, password: TEST_PASSWORD });
    expect(signedIn?.sessionVersion).toBe(1);
    await expect(findActor(actor.id, 1)).resolves.toMatchObject({ id: actor.id });
    await endSessions(db, actor.id);
    await expect(findActor(actor.id, 1)).resolves.toBeNull();
    await expect(authenticateUser({ email: actor.email, password: TEST_PASSWORD })).resolves.toMatchObject({ sessionVersion: 2 });
  });
});

describe("createUser", () => {
  it("lets an administrator create an account that can then sign in, with an audit event", async () => {
    const admin = await createActor("ADMIN");
    const { id } = await createUser({ actor: admin, input: newUser("  Nadia@Example.com ") });
    await expect(authenticateUser({ email: "nadia@example.com", password: "a long enough secret" })).resolves.toMatchObject({
      id,
      role: "TRANSLATOR",
    });
    const events = await db.auditEvent.findMany({ where: { entityId: id }, select: { action: true, actorId: true } });
    expect(events).toEqual([{ action: "user.created", actorId: admin.id }]);
  });

  it.each(["TRANSLATOR", "REVIEWER", "PUBLISHER"] as const)("refuses a %s and writes nothing", async (role) => {
    const actor = await createActor(role);
    const before = await countRows();
    await expect(createUser({ actor, input: newUser(`${role}@example.org`) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countRows()).toEqual(before);
  });

  it.each([
    ["a short password", { ...newUser("short@example.com"), password: "short" }, "password"],
    ["an invalid email", newUser("not-an-email"), "email"],
    ["an unknown role", { ...newUser("role@example.com"), role: "EDITOR_IN_CHIEF" }, "role"],
    ["an empty name", { ...newUser("name@example.com"), name: "   " }, "name"],
  ])("refuses %s, naming the field, and writes nothing", async (_label, input, field) => {
    const admin = await createActor("ADMIN");
    const before = await countRows();
    await expect(createUser({ actor: admin, input })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field } });
    expect(await countRows()).toEqual(before);
  });

  it("refuses a second account with the same email", async () => {
    const admin = await createActor("ADMIN");
    await createUser({ actor: admin, input: newUser("twice@example.com") });
    const before = await countRows();
    await expect(createUser({ actor: admin, input: newUser("TWICE@example.com") })).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
    });
    expect(await countRows()).toEqual(before);
  });
});

describe("updateUserRole", () => {
  it("changes the role and ends the sessions signed in under the old one", async () => {
    const admin = await createActor("ADMIN");
    const target = await createActor("TRANSLATOR");
    const { version } = await updateUserRole({ actor: admin, input: { userId: target.id, role: "REVIEWER", version: 1 } });
    expect(version).toBe(2);
    await expect(loadActor(target.id)).resolves.toMatchObject({ role: "REVIEWER" });
    // The session signed in under the old role is over; a new sign-in gets the new version.
    await expect(findActor(target.id, 1)).resolves.toBeNull();
    await expect(findActor(target.id, 2)).resolves.toMatchObject({ role: "REVIEWER" });
    const event = await db.auditEvent.findFirst({ where: { entityId: target.id, action: "user.role-changed" }, select: { data: true } });
    expect(JSON.parse(event?.data ?? "{}")).toEqual({ from: "TRANSLATOR", to: "REVIEWER" });
  });

  it("refuses a change made from a stale page (409) and keeps the newer role", async () => {
    const [first, second] = [await createActor("ADMIN"), await createActor("ADMIN")];
    const target = await createActor("TRANSLATOR");
    await updateUserRole({ actor: first, input: { userId: target.id, role: "PUBLISHER", version: 1 } });
    await expect(updateUserRole({ actor: second, input: { userId: target.id, role: "REVIEWER", version: 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(loadActor(target.id)).resolves.toMatchObject({ role: "PUBLISHER" });
  });

  it.each(["TRANSLATOR", "REVIEWER", "PUBLISHER"] as const)("refuses a %s: no one promotes themselves", async (role) => {
    const actor = await createActor(role);
    await expect(updateUserRole({ actor, input: { userId: actor.id, role: "ADMIN", version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(loadActor(actor.id)).resolves.toMatchObject({ role });
  });

  it("never demotes the last active administrator", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
    const admin = await createActor("ADMIN");
    await expect(updateUserRole({ actor: admin, input: { userId: admin.id, role: "REVIEWER", version: 1 } })).rejects.toMatchObject({
      code: "LAST_ADMIN",
    });
    await expect(loadActor(admin.id)).resolves.toMatchObject({ role: "ADMIN" });
  });

  it("answers NOT_FOUND for an unknown account", async () => {
    const admin = await createActor("ADMIN");
    await expect(updateUserRole({ actor: admin, input: { userId: "missing", role: "REVIEWER", version: 1 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("listUsers and updateUiLanguage", () => {
  it("lists accounts for administrators only, without password hashes", async () => {
    const admin = await createActor("ADMIN");
    const users = await listUsers({ actor: admin });
    expect(users.some((user) => user.id === admin.id)).toBe(true);
    expect(JSON.stringify(users)).not.toContain("$2");
    await expect(listUsers({ actor: await createActor("PUBLISHER") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("remembers the interface language per user and refuses unknown languages", async () => {
    const actor = await createActor("TRANSLATOR");
    await updateUiLanguage({ actor, language: "fr" });
    await expect(loadActor(actor.id)).resolves.toMatchObject({ uiLanguage: "fr" });
    await expect(updateUiLanguage({ actor, language: "de" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(loadActor(actor.id)).resolves.toMatchObject({ uiLanguage: "fr" });
  });
});
