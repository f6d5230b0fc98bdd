"use client";

import { createInstance } from "i18next";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { NAMESPACES, type LanguageResources } from "@/locales";
import { addFormatters } from "@/locales/formatters";

type Props = { language: string; resources: LanguageResources; children: ReactNode };

/**
 * Gives client components `useTranslation`. The server passes the one language it chose,
 * and the instance initialises synchronously, so the first render is already translated.
 */
export function I18nProvider({ language, resources, children }: Props) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: language,
      fallbackLng: language,
      ns: [...NAMESPACES],
      defaultNS: "common",
      resources: { [language]: resources },
      interpolation: { escapeValue: false },
      initAsync: false,
      react: { useSuspense: false },
    });
    addFormatters(instance);
    return instance;
  }, [language, resources]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
