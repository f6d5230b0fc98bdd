"use client";

import { useTranslation } from "react-i18next";
import type { DiffPart } from "@/domain/history/word-diff";

/**
 * A diff shown inline: deletions struck through in red, insertions underlined in green, each
 * spaced apart from its neighbours and announced to screen readers ("deleted: …", "inserted: …"),
 * which read neither colour nor `<del>`/`<ins>`.
 */
export function DiffText({ parts, testId }: { parts: readonly DiffPart[]; testId?: string }) {
  const { t } = useTranslation("editor");
  return (
    <p className="diff diff--phrases" data-testid={testId}>
      {parts.map((part, index) =>
        part.type === "added" ? (
          <ins key={index} data-testid="diff-inserted">
            <span className="visually-hidden">{t("diff.inserted")} </span>
            {part.text}
            <span className="visually-hidden"> {t("diff.end")}</span>
          </ins>
        ) : part.type === "removed" ? (
          <del key={index} data-testid="diff-deleted">
            <span className="visually-hidden">{t("diff.deleted")} </span>
            {part.text}
            <span className="visually-hidden"> {t("diff.end")}</span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
