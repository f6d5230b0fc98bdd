import { z } from "zod";
import { MAX_SEGMENT_LENGTH } from "@/domain/import/limits";
import { targetLanguageInput } from "../../api/contract";

/** Matches for a text from outside the app (a pipeline asking before sending an article out). */
export const suggestTranslationsInput = z.object({
  text: z.string().trim().min(1).max(MAX_SEGMENT_LENGTH),
  lang: targetLanguageInput.default("en"),
});
