import type { Metadata } from "next";
import type { ReactNode } from "react";
import { resources } from "@/locales";
import { AppHeader } from "@/components/app-header";
import { I18nProvider } from "@/components/i18n-provider";
import { can } from "@/server/auth/permissions";
import { getActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { countDisabledWebhooks } from "@/server/services/webhooks/list-webhooks";
import { changeUiLanguage } from "./actions/ui-language";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()));
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const language = await resolveUiLanguage(actor);
  const t = await getTranslator(language);
  // Administrators see, beside the menu entry, how many webhook endpoints were switched off after repeated failures.
  const disabledWebhooks = actor && can(actor, "webhooks:manage") ? await countDisabledWebhooks({ actor }) : null;
  const user = actor
    ? { name: actor.name, role: actor.role, canManageUsers: can(actor, "users:manage"), disabledWebhooks, canViewDashboard: can(actor, "dashboard:view"), canManageQuality: can(actor, "quality:settings") }
    : null;
  return (
    <html lang={language}>
      <body>
        <I18nProvider language={language} resources={resources[language]}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <AppHeader user={user} language={language} changeUiLanguage={changeUiLanguage} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </I18nProvider>
      </body>
    </html>
  );
}
