"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { MQM_CATEGORIES, MQM_SEVERITIES, isMqmCategory, isMqmSeverity, type MqmCategory, type MqmSeverity } from "@/domain/quality/mqm";

export type ErrorTypeValue = { category: MqmCategory; severity: MqmSeverity } | undefined;

type Props = { value: ErrorTypeValue; onChange: (value: ErrorTypeValue) => void; testId?: string };

/** The optional MQM category and severity a reviewer gives a rejection, a correction or a finding (decision 024). */
export function ErrorTypeFields({ value, onChange, testId = "error-type" }: Props) {
  const { t } = useTranslation("quality");
  const id = useId();
  return (
    <fieldset className="error-type" data-testid={testId}>
      <legend>{t("errorType.legend")}</legend>
      <div className="field field--inline">
        <label htmlFor={`${id}-category`}>{t("errorType.category")}</label>
        <select
          id={`${id}-category`}
          value={value?.category ?? ""}
          onChange={(event) => {
            const category = event.target.value;
            onChange(isMqmCategory(category) ? { category, severity: value?.severity ?? "minor" } : undefined);
          }}
        >
          <option value="">{t("errorType.none")}</option>
          {MQM_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`categories.${category}`)}
            </option>
          ))}
        </select>
      </div>
      {value && (
        <div className="field field--inline">
          <label htmlFor={`${id}-severity`}>{t("errorType.severity")}</label>
          <select
            id={`${id}-severity`}
            value={value.severity}
            onChange={(event) => {
              const severity = event.target.value;
              if (isMqmSeverity(severity)) onChange({ ...value, severity });
            }}
          >
            {MQM_SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`severities.${severity}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
