"use client";

import { useTranslation } from "react-i18next";
import type { Finding } from "@/domain/qa/types";

/** Counts of open findings per check across the document; a click filters the rows to that check. */
export function IssuesPanel({ findings, activeCheck, onFilter }: { findings: Map<string, Finding[]>; activeCheck: string; onFilter: (checkId: string) => void }) {
  const { t } = useTranslation("qa");
  const counts = new Map<string, { paragraphs: number; severity: Finding["severity"] }>();
  for (const list of findings.values()) {
    for (const checkId of new Set(list.map((f) => f.checkId))) {
      const severity = list.find((f) => f.checkId === checkId)?.severity ?? "warning";
      const current = counts.get(checkId);
      counts.set(checkId, { paragraphs: (current?.paragraphs ?? 0) + 1, severity: current?.severity === "error" ? "error" : severity });
    }
  }
  const rows = [...counts].sort((a, b) => (a[1].severity === b[1].severity ? b[1].paragraphs - a[1].paragraphs : a[1].severity === "error" ? -1 : 1));
  return (
    <section aria-labelledby="issues-title" className="panel" data-testid="issues-panel">
      <h2 id="issues-title">{t("issues.title")}</h2>
      {rows.length === 0 && <p className="muted">{t("issues.empty")}</p>}
      <ul className="issue-counts">
        {rows.map(([checkId, { paragraphs, severity }]) => (
          <li key={checkId}>
            <span className={`badge badge--${severity}`}>{t(`severity.${severity}`)}</span> <strong>{t(`checks.${checkId}`)}</strong>{" "}
            <button type="button" className="link-button" onClick={() => onFilter(checkId)} aria-pressed={activeCheck === checkId}>
              {t("issues.show", { count: paragraphs })}
            </button>
          </li>
        ))}
      </ul>
      {activeCheck && (
        <button type="button" className="button button--small button--quiet" onClick={() => onFilter("")}>
          {t("issues.showAll")}
        </button>
      )}
    </section>
  );
}
