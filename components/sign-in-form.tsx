"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { parseSignInLimitedError } from "@/server/auth/sign-in-limits.schema";

type SignInError = { key: "invalidCredentials" | "unavailable" } | { key: "limited"; minutes: number };

export function SignInForm({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation("auth");
  const [error, setError] = useState<SignInError | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsSubmitting(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (result?.ok && !result.error) {
        // A full navigation: router.push can reuse a prefetched redirect back to this page.
        window.location.assign(returnTo);
        return;
      }
      const retryAfterSeconds = parseSignInLimitedError(result?.error);
      if (retryAfterSeconds !== null) setError({ key: "limited", minutes: Math.ceil(retryAfterSeconds / 60) });
      else setError({ key: result?.status === 401 || result?.error === "CredentialsSignin" ? "invalidCredentials" : "unavailable" });
    } catch {
      setError({ key: "unavailable" });
    }
    setIsSubmitting(false);
  }

  return (
    <form className="form-card" onSubmit={onSubmit} noValidate={false}>
      {error && (
        <p role="alert" className="alert alert--error" data-testid="sign-in-error">
          {error.key === "limited" ? t("limited", { count: error.minutes }) : t(error.key)}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={isSubmitting} data-testid="sign-in-submit">
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
      <p className="hint">{t("demoHint")}</p>
    </form>
  );
}
