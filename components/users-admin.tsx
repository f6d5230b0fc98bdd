"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, UI_LANGUAGES } from "@/domain/users/roles";
import { languageName } from "@/domain/languages/language-tag";
import type { ActionResult, FormAction } from "@/server/api/action-result";
import type { UserDto } from "@/server/services/users/list-users.schema";
import { ActionMessage } from "./action-message";
import { LocalTime, useLocalTimeFormat } from "./local-time";

const IDLE: ActionResult = { status: "idle" };

function RoleForm({ user, isSelf, updateUserRoleAction }: { user: UserDto; isSelf: boolean; updateUserRoleAction: FormAction }) {
  const { t } = useTranslation(["admin", "common"]);
  const [result, action, isPending] = useActionState(updateUserRoleAction, IDLE);
  const selectId = `role-${user.id}`;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="name" value={user.name} />
      <label htmlFor={selectId} className="visually-hidden">
        {t("users.changeRole", { name: user.name })}
      </label>
      {/* Keyed by the version: React resets a form after its action, and the remount makes the
          saved role, not the one the page first showed, the select's value. */}
      <select key={user.version} id={selectId} name="role" defaultValue={user.role} disabled={isSelf}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`common:roles.${role}`)}
          </option>
        ))}
      </select>
      {!isSelf && (
        <button type="submit" className="button button--small" disabled={isPending}>
          {t("users.saveRole")}
        </button>
      )}
      <ActionMessage result={result} namespace="admin" />
    </form>
  );
}

/** Deactivates or reactivates an account; the message stays on screen after the row updates. */
function ActiveForm({ user, isSelf, setUserActiveAction }: { user: UserDto; isSelf: boolean; setUserActiveAction: FormAction }) {
  const { t } = useTranslation(["admin", "common"]);
  const [result, action, isPending] = useActionState(setUserActiveAction, IDLE);
  return (
    <form action={action} className="inline-form" data-testid="active-form">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="name" value={user.name} />
      <input type="hidden" name="isActive" value={user.isActive ? "false" : "true"} />
      <span className={user.isActive ? "badge badge--approved" : "badge badge--rejected"} data-testid="user-status">
        {user.isActive ? t("users.active") : t("users.inactive")}
      </span>{" "}
      {!isSelf && (
        <button type="submit" className="button button--small button--quiet" disabled={isPending}>
          {user.isActive ? t("users.deactivate") : t("users.reactivate")}
        </button>
      )}
      <ActionMessage result={result} namespace="admin" />
    </form>
  );
}

/** Makes a one-time password-reset link, shown once for the administrator to pass on privately. */
function ResetPasswordForm({ user, issuePasswordResetAction }: { user: UserDto; issuePasswordResetAction: FormAction }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const [result, action, isPending] = useActionState(issuePasswordResetAction, IDLE);
  const formatTime = useLocalTimeFormat(i18n.language);
  const linkId = `reset-link-${user.id}`;
  return (
    <form action={action} className="inline-form" data-testid="reset-form">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="name" value={user.name} />
      <button type="submit" className="button button--small button--quiet" disabled={isPending}>
        {t("users.resetPassword")}
      </button>
      {result.status === "ok" && result.params.token ? (
        <div role="status" className="alert alert--ok">
          <p>{t("users.resetIssued", { name: result.params.name, time: formatTime(result.params.expiresAt) })}</p>
          <label htmlFor={linkId} className="visually-hidden">
            {t("users.resetLinkLabel", { name: result.params.name })}
          </label>
          <input id={linkId} readOnly size={40} value={`${window.location.origin}/reset-password/${result.params.token}`} data-testid="reset-link" onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : (
        <ActionMessage result={result} namespace="admin" />
      )}
    </form>
  );
}

/** The target languages an account may work on: tags separated by spaces; empty for every language. */
function LanguagesForm({ user, updateUserLanguagesAction }: { user: UserDto; updateUserLanguagesAction: FormAction }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const [result, action, isPending] = useActionState(updateUserLanguagesAction, IDLE);
  const inputId = `languages-${user.id}`;
  return (
    <form action={action} className="inline-form" data-testid="languages-form">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="name" value={user.name} />
      <label htmlFor={inputId} className="visually-hidden">
        {t("users.changeLanguages", { name: user.name })}
      </label>
      <input
        key={user.version}
        id={inputId}
        name="targetLangs"
        defaultValue={user.targetLangs.join(" ")}
        placeholder={t("users.allLanguages")}
        maxLength={1000}
        size={12}
        aria-describedby={`${inputId}-hint`}
      />
      <button type="submit" className="button button--small" disabled={isPending}>
        {t("users.saveLanguages")}
      </button>
      <p id={`${inputId}-hint`} className="hint small">
        {user.targetLangs.length === 0 ? t("users.allLanguages") : new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(user.targetLangs.map((tag) => languageName(tag, i18n.language)))}
      </p>
      <ActionMessage result={result} namespace="admin" />
    </form>
  );
}

function CreateUserForm({ minPasswordLength, createUserAction }: { minPasswordLength: number; createUserAction: FormAction }) {
  const { t } = useTranslation(["admin", "common"]);
  const [result, action, isPending] = useActionState(createUserAction, IDLE);
  return (
    <form action={action} className="form-card" aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t("create.title")}</h2>
      <ActionMessage result={result} namespace="admin" />
      <div className="field">
        <label htmlFor="new-name">{t("create.name")}</label>
        <input id="new-name" name="name" required maxLength={120} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="new-email">{t("create.email")}</label>
        <input id="new-email" name="email" type="email" required maxLength={254} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t("create.role")}</label>
        <select id="new-role" name="role" defaultValue="TRANSLATOR">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`common:roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-language">{t("create.language")}</label>
        <select id="new-language" name="uiLanguage" defaultValue="en">
          {UI_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`common:language.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("create.password")}</label>
        <input
          id="new-password"
          name="password"
          type="password"
          required
          minLength={minPasswordLength}
          autoComplete="new-password"
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="hint">
          {t("create.passwordHint", { min: minPasswordLength })}
        </p>
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {t("create.submit")}
      </button>
    </form>
  );
}

type Props = {
  users: UserDto[];
  actorId: string;
  minPasswordLength: number;
  /** Server actions, passed down by the page: each re-checks the actor, as a direct POST reaches it too. */
  createUserAction: FormAction;
  updateUserRoleAction: FormAction;
  updateUserLanguagesAction: FormAction;
  setUserActiveAction: FormAction;
  issuePasswordResetAction: FormAction;
};

export function UsersAdmin({ users, actorId, minPasswordLength, createUserAction, updateUserRoleAction, updateUserLanguagesAction, setUserActiveAction, issuePasswordResetAction }: Props) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  return (
    // Stacked: with status and last sign-in, the accounts table needs the page's whole width.
    <div className="admin-grid admin-grid--stacked">
      <table className="data-table">
        <caption className="visually-hidden">{t("users.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("users.columns.name")}</th>
            <th scope="col">{t("users.columns.email")}</th>
            <th scope="col">{t("users.columns.language")}</th>
            <th scope="col">{t("users.columns.role")}</th>
            <th scope="col">{t("users.columns.targetLanguages")}</th>
            <th scope="col">{t("users.columns.status")}</th>
            <th scope="col">{t("users.columns.lastSignIn")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            // Keyed by the id alone: keyed by the version too, the row remounted after a change and
            // its confirmation disappeared with the old forms.
            <tr key={user.id} data-testid="user-row">
              <th scope="row">
                {user.name} {user.id === actorId && <span className="muted">{t("users.you")}</span>}
                {user.kind === "SERVICE" && (
                  <>
                    {" "}
                    <span className="badge badge--kind" data-testid="service-account">
                      {t("users.serviceAccount")}
                    </span>
                    <p className="hint small">{t("users.serviceAccountHint")}</p>
                  </>
                )}
              </th>
              <td>{user.email}</td>
              <td>{t(`common:language.${user.uiLanguage}`, { defaultValue: user.uiLanguage })}</td>
              <td>
                <RoleForm user={user} isSelf={user.id === actorId} updateUserRoleAction={updateUserRoleAction} />
              </td>
              <td>
                <LanguagesForm user={user} updateUserLanguagesAction={updateUserLanguagesAction} />
              </td>
              <td>
                <ActiveForm user={user} isSelf={user.id === actorId} setUserActiveAction={setUserActiveAction} />
                {user.kind === "PERSON" && <ResetPasswordForm user={user} issuePasswordResetAction={issuePasswordResetAction} />}
              </td>
              <td data-testid="last-sign-in">{user.lastSignInAt ? <LocalTime iso={user.lastSignInAt} language={i18n.language} /> : <span className="muted">{t("users.neverSignedIn")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreateUserForm minPasswordLength={minPasswordLength} createUserAction={createUserAction} />
    </div>
  );
}
