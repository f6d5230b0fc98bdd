import { z } from "zod";
import { progressSchema } from "../documents/progress.schema";

/** One language of an article as the documents list and the editor's language switcher show it. */
export const translationSummarySchema = z.object({
  /** BCP 47 tag. */
  lang: z.string(),
  status: z.string(),
  progress: progressSchema,
  /** The French changed since this language was last published. */
  isSourceUpdatedSincePublication: z.boolean(),
});

export type TranslationSummaryDto = z.infer<typeof translationSummarySchema>;
