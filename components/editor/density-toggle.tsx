"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import type { EditorDensity } from "@/domain/users/editor-density";
import type { ActionResult, FormAction } from "@/server/api/action-result";
import { ActionMessage } from "../action-message";

const IDLE: ActionResult = { status: "idle" };

/**
 * Switches the editor table between comfortable and compact rows. The choice is saved on the
 * account (a server action), so the page re-renders with it and other browsers get it too.
 */
export function DensityToggle({ density, updateEditorDensityAction }: { density: EditorDensity; updateEditorDensityAction: FormAction }) {
  const { t } = useTranslation("auth");
  const [result, action, isPending] = useActionState(updateEditorDensityAction, IDLE);
  const next: EditorDensity = density === "compact" ? "comfortable" : "compact";
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="density" value={next} />
      <button type="submit" className="button button--small button--quiet" aria-pressed={density === "compact"} disabled={isPending} data-testid="density-toggle">
        {t("account.compactRows")}
      </button>
      {result.status === "error" && <ActionMessage result={result} namespace="auth" />}
    </form>
  );
}
