import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { authenticateUser } from "@/server/auth/authenticate-user";
import { findActor } from "@/server/auth/find-actor";
import { hashPassword } from "@/server/auth/password";
import { setUserActive } from "@/server/services/users/set-user-active";
import { issuePasswordReset } from "@/server/services/users/issue-password-reset";
import { isResetLinkUsable, resetPassword } from "@/server/services/users/reset-password";
import { changeOwnPassword } from "@/server/services/users/change-own-password";
import { listUsers } from "@/server/services/users/list-users";
import { listDemoAccounts } from "@/server/services/users/list-demo-accounts";
import { getEditorDensity, updateEditorDensity } from "@/server/services/users/update-editor-density";
import { PASSWORD_RESET_TTL_MINUTES } from "@/server/services/users/password-reset.schema";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { countRows, createActor, TEST_PASSWORD } from "./support/actors";

const NEW_PASSWORD = "a brand new long secret";

async function signedIn(email: string, password = TEST_PASSWORD) {
  const account = await authenticateUser({ email, password });
  if (!account) throw new Error(`cannot sign in as ${email}`);
  return account;
}

async function auditActions(entityId: string) {
  return (await db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true } })).map((row) => row.action);
}

async function versionOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { version: true } })).version;
}

describe("deactivating and reactivating an account", () => {
  it("ends an existing session on its next request and refuses sign-in until reactivated", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("TRANSLATOR");
    const session = await signedIn(person.email);
    expect(await findActor(person.id, session.sessionVersion)).not.toBeNull();

    await setUserActive({ actor: admin, input: { userId: person.id, isActive: false, version: await versionOf(person.id) } });
    expect(await findActor(person.id, session.sessionVersion)).toBeNull();
    expect(await authenticateUser({ email: person.email, password: TEST_PASSWORD })).toBeNull();

    await setUserActive({ actor: admin, input: { userId: person.id, isActive: true, version: await versionOf(person.id) } });
    // The old session stays over; a new sign-in works again.
    expect(await findActor(person.id, session.sessionVersion)).toBeNull();
    expect(await authenticateUser({ email: person.email, password: TEST_PASSWORD })).not.toBeNull();
    expect(await auditActions(person.id)).toEqual(["user.deactivated", "user.reactivated"]);
  });

  it.each(["TRANSLATOR", "REVIEWER", "PUBLISHER"] as const)("refuses a %s and changes nothing", async (role) => {
    const actor = await createActor(role);
    const person = await createActor("TRANSLATOR");
    const before = await countRows();
    await expect(setUserActive({ actor, input: { userId: person.id, isActive: false, version: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countRows()).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).isActive).toBe(true);
  });

  it("refuses an administrator deactivating themselves, and a stale version", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("REVIEWER");
    await expect(setUserActive({ actor: admin, input: { userId: admin.id, isActive: false, version: await versionOf(admin.id) } })).rejects.toMatchObject({ code: "SELF_DEACTIVATION" });
    await expect(setUserActive({ actor: admin, input: { userId: person.id, isActive: false, version: (await versionOf(person.id)) + 5 } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).isActive).toBe(true);
    expect(await auditActions(person.id)).toEqual([]);
  });
});

describe("password reset by an administrator", () => {
  it("gives a link that sets a new password once, ends the sessions, and cannot be used again", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("TRANSLATOR");
    const session = await signedIn(person.email);
    const { token } = await issuePasswordReset({ actor: admin, input: { userId: person.id } });
    // Only a hash is kept: the token itself is nowhere in the database.
    expect(await db.passwordReset.count({ where: { tokenHash: token } })).toBe(0);
    expect(await isResetLinkUsable({ token })).toBe(true);

    await resetPassword({ input: { token, password: NEW_PASSWORD } });
    expect(await findActor(person.id, session.sessionVersion)).toBeNull();
    expect(await authenticateUser({ email: person.email, password: TEST_PASSWORD })).toBeNull();
    expect(await authenticateUser({ email: person.email, password: NEW_PASSWORD })).not.toBeNull();

    expect(await isResetLinkUsable({ token })).toBe(false);
    await expect(resetPassword({ input: { token, password: "yet another password" } })).rejects.toMatchObject({ code: "RESET_LINK_INVALID" });
    expect(await authenticateUser({ email: person.email, password: NEW_PASSWORD })).not.toBeNull();
    expect(await auditActions(person.id)).toEqual(["user.password-reset-issued", "user.password-reset"]);
  });

  it("refuses a link past its expiry, and an older link once a newer one is made", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("REVIEWER");
    const issuedAt = new Date();
    const old = await issuePasswordReset({ actor: admin, input: { userId: person.id }, now: issuedAt });
    const afterExpiry = new Date(issuedAt.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000 + 1000);
    await expect(resetPassword({ input: { token: old.token, password: NEW_PASSWORD }, now: afterExpiry })).rejects.toMatchObject({ code: "RESET_LINK_INVALID" });

    const newer = await issuePasswordReset({ actor: admin, input: { userId: person.id } });
    await expect(resetPassword({ input: { token: old.token, password: NEW_PASSWORD } })).rejects.toMatchObject({ code: "RESET_LINK_INVALID" });
    expect(await authenticateUser({ email: person.email, password: TEST_PASSWORD })).not.toBeNull();
    await resetPassword({ input: { token: newer.token, password: NEW_PASSWORD } });
    expect(await authenticateUser({ email: person.email, password: NEW_PASSWORD })).not.toBeNull();
  });

  it("refuses an unknown link and a too-short password without changing anything", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("TRANSLATOR");
    const { token } = await issuePasswordReset({ actor: admin, input: { userId: person.id } });
    const before = await countRows();
    await expect(resetPassword({ input: { token: `${token.slice(0, -2)}xx`, password: NEW_PASSWORD } })).rejects.toMatchObject({ code: "RESET_LINK_INVALID" });
    await expect(resetPassword({ input: { token, password: "short" } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "password" } });
    expect(await countRows()).toEqual(before);
    expect(await isResetLinkUsable({ token })).toBe(true);
  });

  it("ends a waiting link when the person changes their own password, and when the account is deactivated", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("TRANSLATOR");
    const first = await issuePasswordReset({ actor: admin, input: { userId: person.id } });
    await changeOwnPassword({ actor: person, input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(await isResetLinkUsable({ token: first.token })).toBe(false);
    await expect(resetPassword({ input: { token: first.token, password: "taken over by the link" } })).rejects.toMatchObject({ code: "RESET_LINK_INVALID" });

    const second = await issuePasswordReset({ actor: admin, input: { userId: person.id } });
    await setUserActive({ actor: admin, input: { userId: person.id, isActive: false, version: await versionOf(person.id) } });
    await setUserActive({ actor: admin, input: { userId: person.id, isActive: true, version: await versionOf(person.id) } });
    expect(await isResetLinkUsable({ token: second.token })).toBe(false);
    expect(await authenticateUser({ email: person.email, password: NEW_PASSWORD })).not.toBeNull();
  });

  it.each(["TRANSLATOR", "REVIEWER", "PUBLISHER"] as const)("refuses a %s making a link", async (role) => {
    const actor = await createActor(role);
    const person = await createActor("TRANSLATOR");
    await expect(issuePasswordReset({ actor, input: { userId: person.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.passwordReset.count({ where: { userId: person.id } })).toBe(0);
  });
});

describe("changing one's own password", () => {
  it("needs the current password and ends the account's other sessions", async () => {
    const person = await createActor("PUBLISHER");
    const otherBrowser = await signedIn(person.email);
    const before = await countRows();
    await expect(changeOwnPassword({ actor: person, input: { currentPassword: "not my password", newPassword: NEW_PASSWORD } })).rejects.toMatchObject({ code: "WRONG_PASSWORD" });
    expect(await countRows()).toEqual(before);
    expect(await findActor(person.id, otherBrowser.sessionVersion)).not.toBeNull();

    await changeOwnPassword({ actor: person, input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(await findActor(person.id, otherBrowser.sessionVersion)).toBeNull();
    expect(await authenticateUser({ email: person.email, password: TEST_PASSWORD })).toBeNull();
    expect(await authenticateUser({ email: person.email, password: NEW_PASSWORD })).not.toBeNull();
    expect(await auditActions(person.id)).toEqual(["user.password-changed"]);
  });
});

describe("the accounts screen and the sign-in page", () => {
  it("shows when each account last signed in", async () => {
    const admin = await createActor("ADMIN");
    const person = await createActor("TRANSLATOR");
    const before = Date.now();
    await signedIn(person.email);
    const rows = await listUsers({ actor: admin });
    const listed = rows.find((row) => row.id === person.id);
    expect(Date.parse(listed?.lastSignInAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
    expect(rows.find((row) => row.id === admin.id)?.lastSignInAt).toBeNull();
  });

  it("lists a demo account only while it keeps its demo password and demo data is on", async () => {
    const demo = DEMO_USERS[0];
    const user = await db.user.create({
      data: { email: demo.email, name: demo.name, role: demo.role, passwordHash: await hashPassword(demo.password), hasDemoPassword: true },
      select: { id: true, email: true, name: true, role: true, uiLanguage: true },
    });
    expect(await listDemoAccounts({ isDemoDataOn: true })).toEqual([{ email: demo.email, password: demo.password, role: demo.role }]);
    expect(await listDemoAccounts({ isDemoDataOn: false })).toEqual([]);
    await changeOwnPassword({ actor: { ...user, role: demo.role }, input: { currentPassword: demo.password, newPassword: NEW_PASSWORD } });
    expect(await listDemoAccounts({ isDemoDataOn: true })).toEqual([]);
  });

  it("remembers the editor density on the account", async () => {
    const person = await createActor("TRANSLATOR");
    expect(await getEditorDensity({ actor: person })).toBe("comfortable");
    await updateEditorDensity({ actor: person, input: { density: "compact" } });
    expect(await getEditorDensity({ actor: person })).toBe("compact");
    await expect(updateEditorDensity({ actor: person, input: { density: "tiny" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getEditorDensity({ actor: person })).toBe("compact");
    expect(await auditActions(person.id)).toEqual(["user.density-changed"]);
  });
});
