"use client";

import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { typeCorrectionContract } from "@/server/services/quality/type-correction.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";
import { ErrorTypeFields, type ErrorTypeValue } from "./error-type-fields";

/**
 * For reviewers: types the correction they just saved on the paragraph (the editor saves as one
 * types, so the category comes after the save). The server accepts it only for their own latest change.
 */
export function TypeCorrection({ segmentId, version }: { segmentId: string; version: number }) {
  const { t } = useTranslation("quality");
  const describe = useErrorMessage();
  const [value, setValue] = useState<ErrorTypeValue>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value) return;
    setIsBusy(true);
    const result = await callRoute(typeCorrectionContract, { params: { id: segmentId }, body: { version, error: value } });
    setIsBusy(false);
    setError(result.ok ? null : describe(result.error));
    if (result.ok) {
      setSavedAt(version);
      setValue(undefined);
    }
  }

  return (
    <details className="type-correction" data-testid="type-correction">
      <summary>{t("correction.title")}</summary>
      <p className="hint small">{t("correction.hint")}</p>
      <form onSubmit={(event) => void submit(event)}>
        <ErrorTypeFields value={value} onChange={setValue} testId="correction-error-type" />
        <button type="submit" className="button button--small" disabled={!value || isBusy}>
          {t("correction.save")}
        </button>
        {savedAt === version && (
          <p className="status-ok small" role="status">
            {t("correction.saved")}
          </p>
        )}
      </form>
      <ErrorAlert message={error} />
    </details>
  );
}
