"use client";

import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { MAX_PENALTY_THRESHOLD } from "@/domain/quality/mqm";
import { updateQualitySettingsContract, type QualitySettingsDto } from "@/server/services/quality/quality-settings.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";

/** The administrator's quality threshold (decision 024). */
export function QualitySettingsForm({ initial }: { initial: QualitySettingsDto }) {
  const { t } = useTranslation("quality");
  const describe = useErrorMessage();
  const [settings, setSettings] = useState(initial);
  const [threshold, setThreshold] = useState(String(initial.maxPenaltyPer1000Words));
  const [isBlocking, setIsBlocking] = useState(initial.isBlocking);
  const [error, setError] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setIsSaved(false);
    const result = await callRoute(updateQualitySettingsContract, { body: { maxPenaltyPer1000Words: Number(threshold), isBlocking, version: settings.version } });
    setIsBusy(false);
    if (result.ok) {
      setSettings(result.data);
      setIsSaved(true);
      setError(null);
    } else setError(describe(result.error));
  }

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} data-testid="quality-settings">
      {settings.version === 0 && <p className="hint">{t("settings.defaults")}</p>}
      <div className="field">
        <label htmlFor="quality-threshold">{t("settings.threshold")}</label>
        <input id="quality-threshold" type="number" min={0} max={MAX_PENALTY_THRESHOLD} step="any" value={threshold} onChange={(e) => setThreshold(e.target.value)} required />
      </div>
      <div className="field field--inline">
        <input id="quality-blocking" type="checkbox" checked={isBlocking} onChange={(e) => setIsBlocking(e.target.checked)} />
        <label htmlFor="quality-blocking">{t("settings.isBlocking")}</label>
      </div>
      <button type="submit" className="button" disabled={isBusy}>
        {t("settings.save")}
      </button>
      {isSaved && (
        <p className="status-ok" role="status">
          {t("settings.saved")}
        </p>
      )}
      <ErrorAlert message={error} />
    </form>
  );
}
