"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { parseSignInLimitedError } from "@/server/auth/sign-in-limits.schema";
import type { DemoAccountDto } from "@/server/services/users/list-demo-accounts";

type SignInError = { key: "invalidCredentials" | "unavailable" } | { key: "limited"; minutes: number };

/** `demoAccounts`: the seed's accounts that still have their demo password (empty once demo data is off). */
export function SignInForm({ returnTo, demoAccounts }: { returnTo: string; demoAccounts: DemoAccountDto[] }) {
  const { t } = useTranslation(["auth", "common"]);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
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
        <input ref={emailRef} id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input ref={passwordRef} id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={isSubmitting} data-testid="sign-in-submit">
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-title" data-testid="demo-accounts">
          <h2 id="demo-title">{t("demo.title")}</h2>
          <p className="hint">{t("demo.intro")}</p>
          <table className="data-table">
            <caption className="visually-hidden">{t("demo.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("demo.email")}</th>
                <th scope="col">{t("demo.password")}</th>
                <th scope="col">{t("demo.role")}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {demoAccounts.map((account) => (
                <tr key={account.email}>
                  <th scope="row">{account.email}</th>
                  <td>
                    <code>{account.password}</code>
                  </td>
                  <td>{t(`common:roles.${account.role}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={t("demo.useLabel", { email: account.email })}
                      onClick={() => {
                        if (emailRef.current) emailRef.current.value = account.email;
                        if (passwordRef.current) passwordRef.current.value = account.password;
                      }}
                    >
                      {t("demo.use")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </form>
  );
}
