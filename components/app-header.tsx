"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslation } from "react-i18next";
import type { Role } from "@/domain/users/roles";
import { LanguageSwitcher } from "./language-switcher";

export type HeaderUser = {
  name: string;
  role: Role;
  canManageUsers: boolean;
  /** For administrators: webhook endpoints switched off after repeated failures (null: no access to webhooks). */
  disabledWebhooks: number | null;
  /** Reviewers, publishers and administrators see the dashboard (decision 024). */
  canViewDashboard?: boolean;
  canManageQuality?: boolean;
};

type Props = {
  user: HeaderUser | null;
  language: string;
  /** The server action that switches the interface language, passed down by the layout. */
  changeUiLanguage: (form: FormData) => Promise<void>;
};

export function AppHeader({ user, language, changeUiLanguage }: Props) {
  const { t } = useTranslation("common");
  const pathname = usePathname();
  const links = user
    ? [
        { href: "/documents", label: t("nav.documents") },
        { href: "/my-work", label: t("nav.myWork") },
        { href: "/glossary", label: t("nav.glossary") },
        { href: "/memory", label: t("nav.memory") },
        ...(user.canViewDashboard ? [{ href: "/dashboard", label: t("nav.dashboard") }] : []),
        ...(user.canManageUsers ? [{ href: "/admin/users", label: t("nav.users") }] : []),
        ...(user.disabledWebhooks !== null
          ? [{ href: "/admin/webhooks", label: t("nav.webhooks"), notice: user.disabledWebhooks > 0 ? t("nav.webhooksDisabled", { count: user.disabledWebhooks }) : null }]
          : []),
        ...(user.canManageQuality ? [{ href: "/admin/quality", label: t("nav.quality") }] : []),
        { href: "/api-reference", label: t("nav.apiReference") },
        { href: "/settings/tokens", label: t("nav.tokens") },
        { href: "/settings/account", label: t("nav.account") },
      ]
    : [];
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link href={user ? "/documents" : "/sign-in"} className="brand">
          {t("appName")}
        </Link>
        <span className="tagline">{t("tagline")}</span>
      </div>
      {links.length > 0 && (
        <nav aria-label={t("nav.label")} className="app-nav">
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} aria-current={pathname.startsWith(link.href) ? "page" : undefined}>
                  {link.label}
                  {"notice" in link && link.notice && (
                    <>
                      {" "}
                      <span className="badge badge--error" data-testid="webhooks-disabled-count">
                        {link.notice}
                      </span>
                    </>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="app-header__tools">
        <LanguageSwitcher current={language} changeUiLanguage={changeUiLanguage} />
        {user && (
          <>
            <span className="who" data-testid="signed-in-as">
              {t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
            </span>
            <button type="button" className="button button--quiet" onClick={() => void signOut({ callbackUrl: "/sign-in" })}>
              {t("signOut")}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
