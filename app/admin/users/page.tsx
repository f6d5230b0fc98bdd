import type { Metadata } from "next";
import { UsersAdmin } from "@/components/users-admin";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listUsers } from "@/server/services/users/list-users";
import { MIN_PASSWORD_LENGTH } from "@/server/services/users/new-account.schema";
import { createUserAction, issuePasswordResetAction, setUserActiveAction, updateUserLanguagesAction, updateUserRoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "admin");
  return { title: t("users.title") };
}

export default async function UsersPage() {
  const actor = await requireActor("/admin/users");
  const t = await getTranslator(await resolveUiLanguage(actor), "admin");
  if (!can(actor, "users:manage")) {
    return <ForbiddenNotice language={await resolveUiLanguage(actor)} />;
  }
  const users = await listUsers({ actor });
  return (
    <section className="page">
      <h1>{t("users.title")}</h1>
      <UsersAdmin
        users={users}
        actorId={actor.id}
        minPasswordLength={MIN_PASSWORD_LENGTH}
        createUserAction={createUserAction}
        updateUserRoleAction={updateUserRoleAction}
        updateUserLanguagesAction={updateUserLanguagesAction}
        setUserActiveAction={setUserActiveAction}
        issuePasswordResetAction={issuePasswordResetAction}
      />
    </section>
  );
}
