"use client";

import { useTranslation } from "react-i18next";
import { UI_LANGUAGES } from "@/domain/users/roles";

/** `changeUiLanguage` is a server action: it re-reads the actor itself, as a direct POST reaches it too. */
export function LanguageSwitcher({ current, changeUiLanguage }: { current: string; changeUiLanguage: (form: FormData) => Promise<void> }) {
  const { t } = useTranslation("common");
  return (
    <form action={changeUiLanguage} className="language-switcher" aria-label={t("language.label")}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="submit"
          name="language"
          value={language}
          lang={language}
          aria-pressed={language === current}
          className="chip-button"
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </form>
  );
}
