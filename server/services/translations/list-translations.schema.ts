import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { translationSummarySchema } from "./translation-summary.schema";

export const listTranslationsResponse = z.array(translationSummarySchema);

export const listTranslationsContract = defineContract({
  operationId: "listTranslations",
  tag: "translations",
  method: "GET",
  path: "/api/documents/{id}/translations",
  summary: "The target languages of an article the actor may work on, English first, with their status and progress.",
  access: "document:view",
  params: idParams,
  response: listTranslationsResponse,
});
