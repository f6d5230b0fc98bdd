"use client";

import { useTranslation } from "react-i18next";
import type { TranslationQualityDto } from "@/server/services/quality/translation-quality.schema";

/**
 * The checklist's quality line (decision 024): the MQM score against the administrator's
 * threshold. Above it, a warning, or a blocker when the administrator made it one.
 */
export function QualityChecklistItem({ quality }: { quality: TranslationQualityDto }) {
  const { t, i18n } = useTranslation("quality");
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const status = quality.isPassing ? "passing" : quality.isBlocking ? "blocking" : "warning";
  const className = quality.isPassing ? "checklist__ok" : quality.isBlocking ? "checklist__blocked" : "checklist__warning";
  return (
    <li className={className} data-testid="check-quality" data-ok={quality.isPassing} data-status={status}>
      <span aria-hidden="true">{quality.isPassing ? "✓" : quality.isBlocking ? "✗" : "!"}</span> <strong>{t("checklist.title")}</strong>{" "}
      {t("checklist.summary", {
        score: number.format(quality.score),
        penalty: number.format(quality.penaltyPer1000Words),
        threshold: number.format(quality.maxPenaltyPer1000Words),
      })}
      <div className="muted small">
        {t("checklist.errors", { count: quality.errorCount, words: number.format(quality.words) })} {t(`checklist.${status}`)}
      </div>
    </li>
  );
}
