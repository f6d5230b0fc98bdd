"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import { languageName } from "@/domain/languages/language-tag";
import type { TranslationSummaryDto } from "@/server/services/translations/translation-summary.schema";
import { ProgressBar } from "../progress-bar";

/** The article's target languages, each with its approved share: the editor shows one at a time. */
export function TranslationSwitcher({ documentId, current, languages }: { documentId: string; current: string; languages: TranslationSummaryDto[] }) {
  const { t, i18n } = useTranslation("editor");
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  return (
    <nav aria-label={t("languages.switcher")} className="translation-switcher" data-testid="language-switcher">
      <ul>
        {languages.map((language) => {
          // The same rounded-down share as the progress line, so the two never disagree.
          const share = language.progress.approvedPercent / 100;
          const name = languageName(language.lang, i18n.language);
          return (
            <li key={language.lang} data-lang={language.lang}>
              <Link
                href={`/documents/${documentId}?lang=${encodeURIComponent(language.lang)}`}
                aria-current={language.lang === current ? "page" : undefined}
                className={language.lang === current ? "translation-switcher__current" : undefined}
              >
                <span lang={i18n.language}>{name}</span> <span className="muted small">{t("languages.approved", { percent: percent.format(share) })}</span>
                <ProgressBar progress={language.progress} />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
