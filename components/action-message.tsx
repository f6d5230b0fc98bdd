"use client";

import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/server/api/action-result";

/** Announces the outcome of a form action, translated, to sighted and screen-reader users alike. */
export function ActionMessage({ result, namespace }: { result: ActionResult; namespace: string }) {
  const { t } = useTranslation([namespace, "errors", "common"]);
  if (result.status === "idle") return null;
  if (result.status === "ok") {
    const params = { ...result.params, role: result.params.role ? t(`common:roles.${result.params.role}`) : undefined };
    return (
      <p role="status" className="alert alert--ok">
        {t(`${namespace}:${result.message}`, params)}
      </p>
    );
  }
  const field = typeof result.params.field === "string" && result.params.field !== "" ? result.params.field : null;
  return (
    <p role="alert" className="alert alert--error">
      {field && result.code === "INVALID_INPUT" ? t("errors:INVALID_INPUT_field", { field }) : t(`errors:${result.code}`)}
    </p>
  );
}
