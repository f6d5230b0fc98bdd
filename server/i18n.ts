import "server-only";
import { createInstance, type TFunction } from "i18next";
import { cookies, headers } from "next/headers";
import { NAMESPACES, resources, type Namespace } from "@/locales";
import { addFormatters } from "@/locales/formatters";
import { DEFAULT_UI_LANGUAGE, isUiLanguage, pickUiLanguage, type UiLanguage } from "@/domain/users/roles";
import type { Actor } from "./auth/permissions";

/** Remembers the interface language of a visitor who is not signed in. */
export const LANGUAGE_COOKIE = "vav-lang";

/** The signed-in user's choice, else the cookie, else the browser's Accept-Language. */
export async function resolveUiLanguage(actor: Actor | null): Promise<UiLanguage> {
  if (actor && isUiLanguage(actor.uiLanguage)) return actor.uiLanguage;
  const cookie = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  if (isUiLanguage(cookie)) return cookie;
  return pickUiLanguage((await headers()).get("accept-language"));
}

/** A fresh i18next instance per request: a shared one would leak languages between users. */
export async function getTranslator(language: UiLanguage, namespace: Namespace = "common"): Promise<TFunction> {
  const instance = createInstance();
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: namespace,
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addFormatters(instance);
  return instance.getFixedT(language, namespace);
}
