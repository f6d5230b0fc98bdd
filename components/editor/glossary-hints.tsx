"use client";

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { glossaryHints } from "@/domain/qa/glossary-hints";
import type { GlossaryEntry } from "@/domain/qa/types";

/** The glossary terms in the French with their translation, flagged while the translation lacks them. */
export function GlossaryHints({ sourceText, targetText, glossary, targetLang }: { sourceText: string; targetText: string; glossary: readonly GlossaryEntry[]; targetLang: string }) {
  const { t } = useTranslation("memory");
  const hints = useMemo(() => glossaryHints(sourceText, targetText, glossary), [sourceText, targetText, glossary]);
  if (hints.length === 0) return null;
  return (
    <ul className="glossary-hints small" aria-label={t("glossary.label")} data-testid="glossary-hints">
      {hints.map((hint) => (
        <li key={hint.sourceTerm} className={hint.isInTarget ? "glossary-hint" : "glossary-hint glossary-hint--missing"} data-testid="glossary-hint">
          <span>{hint.sourceTerm}</span> → <span lang={targetLang}>{hint.targetTerm}</span>{" "}
          <span className={hint.isInTarget ? "status-ok" : "status-warn"}>{hint.isInTarget ? t("glossary.present") : t("glossary.missing")}</span>
        </li>
      ))}
    </ul>
  );
}
