"use client";

import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult, FormAction } from "@/server/api/action-result";
import { ActionMessage } from "../action-message";

const IDLE: ActionResult = { status: "idle" };

/** Choosing a new password through a reset link: typed twice, checked here for typos before the server sees it. */
export function ResetPasswordForm({ token, minPasswordLength, resetPasswordAction }: { token: string; minPasswordLength: number; resetPasswordAction: FormAction }) {
  const { t } = useTranslation("auth");
  const [result, action, isPending] = useActionState(resetPasswordAction, IDLE);
  const [mismatch, setMismatch] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const differs = form.get("password") !== form.get("confirm");
    setMismatch(differs);
    if (differs) event.preventDefault();
  }
  if (result.status === "ok") {
    return (
      <div role="status" className="alert alert--ok" data-testid="reset-done">
        <p>{t("reset.done")}</p>
        <Link href="/sign-in" className="button">
          {t("reset.signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} onSubmit={onSubmit} className="form-card">
      <ActionMessage result={result} namespace="auth" />
      {mismatch && (
        <p role="alert" className="alert alert--error">
          {t("reset.mismatch")}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <div className="field">
        <label htmlFor="reset-password">{t("reset.password")}</label>
        <input id="reset-password" name="password" type="password" required minLength={minPasswordLength} maxLength={200} autoComplete="new-password" aria-describedby="reset-password-hint" />
        <p id="reset-password-hint" className="hint">
          {t("reset.hint", { min: minPasswordLength })}
        </p>
      </div>
      <div className="field">
        <label htmlFor="reset-confirm">{t("reset.confirm")}</label>
        <input id="reset-confirm" name="confirm" type="password" required minLength={minPasswordLength} maxLength={200} autoComplete="new-password" />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {t("reset.submit")}
      </button>
    </form>
  );
}
