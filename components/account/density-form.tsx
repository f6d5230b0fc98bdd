"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { EDITOR_DENSITIES, type EditorDensity } from "@/domain/users/editor-density";
import type { ActionResult, FormAction } from "@/server/api/action-result";
import { ActionMessage } from "../action-message";

const IDLE: ActionResult = { status: "idle" };

/** The editor table's row spacing, kept on the account so it follows the person to any browser. */
export function DensityForm({ density, updateEditorDensityAction }: { density: EditorDensity; updateEditorDensityAction: FormAction }) {
  const { t } = useTranslation("auth");
  const [result, action, isPending] = useActionState(updateEditorDensityAction, IDLE);
  return (
    <form action={action} className="form-card" aria-labelledby="density-title" data-testid="density-form">
      <h2 id="density-title">{t("account.densityTitle")}</h2>
      <ActionMessage result={result} namespace="auth" />
      <fieldset>
        <legend>{t("account.densityLegend")}</legend>
        {EDITOR_DENSITIES.map((value) => (
          <div key={value} className="field field--inline">
            <input type="radio" id={`density-${value}`} name="density" value={value} defaultChecked={value === density} />
            <label htmlFor={`density-${value}`}>{t(`account.density.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={isPending}>
        {t("account.densitySave")}
      </button>
    </form>
  );
}
