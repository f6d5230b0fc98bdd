"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult, FormAction } from "@/server/api/action-result";
import { ActionMessage } from "../action-message";

const IDLE: ActionResult = { status: "idle" };

/**
 * Changing one's own password. The server ends every session of the account; this browser then
 * signs in again with the new password, so only the other sessions are over.
 */
export function ChangePasswordForm({ email, minPasswordLength, changeOwnPasswordAction }: { email: string; minPasswordLength: number; changeOwnPasswordAction: FormAction }) {
  const { t } = useTranslation("auth");
  const [result, setResult] = useState<ActionResult>(IDLE);
  const [mismatch, setMismatch] = useState(false);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const newPassword = String(form.get("newPassword") ?? "");
    const differs = newPassword !== form.get("confirm");
    setMismatch(differs);
    if (differs) return;
    setIsPending(true);
    const answer = await changeOwnPasswordAction(IDLE, form);
    if (answer.status === "ok") {
      await signIn("credentials", { redirect: false, email, password: newPassword });
      element.reset();
    }
    setResult(answer);
    setIsPending(false);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="form-card" aria-labelledby="password-title">
      <h2 id="password-title">{t("account.passwordTitle")}</h2>
      <ActionMessage result={result} namespace="auth" />
      {mismatch && (
        <p role="alert" className="alert alert--error">
          {t("reset.mismatch")}
        </p>
      )}
      <div className="field">
        <label htmlFor="current-password">{t("account.current")}</label>
        <input id="current-password" name="currentPassword" type="password" required maxLength={200} autoComplete="current-password" />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("account.new")}</label>
        <input id="new-password" name="newPassword" type="password" required minLength={minPasswordLength} maxLength={200} autoComplete="new-password" aria-describedby="new-password-hint" />
        <p id="new-password-hint" className="hint">
          {t("reset.hint", { min: minPasswordLength })}
        </p>
      </div>
      <div className="field">
        <label htmlFor="confirm-password">{t("account.confirm")}</label>
        <input id="confirm-password" name="confirm" type="password" required minLength={minPasswordLength} maxLength={200} autoComplete="new-password" />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {t("account.submit")}
      </button>
    </form>
  );
}
