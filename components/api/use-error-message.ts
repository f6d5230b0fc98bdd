"use client";

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "./client";

/** Codes of failures on the server's side, shown with the request id. */
const SERVER_FAILURES = new Set(["INTERNAL", "DATABASE_UNAVAILABLE", "NOT_READY"]);

/** Turns an API error code into a sentence in the user's language. Stable between renders. */
export function useErrorMessage() {
  const { t } = useTranslation(["errors", "editor", "import"]);
  const describe = useCallback(
    (error: ApiError): string => {
      if (error.code === "INVALID_TRANSITION" && typeof error.params.refusal === "string") {
        return t(`editor:refusals.${error.params.refusal}`);
      }
      if (error.code === "INVALID_IMPORT" && typeof error.params.reason === "string") {
        const side = typeof error.params.side === "string" ? t(`import:errors.sides.${error.params.side}`) : "";
        return t(`import:errors.${error.params.reason}`, { ...error.params, side, defaultValue: t("errors:INVALID_IMPORT") });
      }
      if (error.code === "INVALID_INPUT" && typeof error.params.reason === "string") {
        // The field's own wording first ("too-long_sourceTerm"), then the reason's, then the field's.
        const { reason, field } = error.params;
        return t([`errors:INVALID_INPUT_reasons.${reason}_${String(field)}`, `errors:INVALID_INPUT_reasons.${reason}`], {
          ...error.params,
          defaultValue: t("errors:INVALID_INPUT_field", { field }),
        });
      }
      if (error.code === "INVALID_INPUT" && error.params.field) return t("errors:INVALID_INPUT_field", { field: error.params.field });
      if (error.code === "ALREADY_EXISTS" && error.params.field) {
        return t(`errors:ALREADY_EXISTS_${error.params.field}`, { defaultValue: t("errors:ALREADY_EXISTS") });
      }
      return t(`errors:${error.code}`, { ...error.params, defaultValue: t("errors:INTERNAL") });
    },
    [t],
  );
  // A failure on the server's side comes with the request's id, for the user to quote to whoever
  // runs the service (it is in the server's log line of that request).
  return useCallback(
    (error: ApiError): string => {
      const message = describe(error);
      return error.requestId && SERVER_FAILURES.has(error.code) ? t("errors:withRequestId", { message, requestId: error.requestId }) : message;
    },
    [describe, t],
  );
}
