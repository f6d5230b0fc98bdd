// What the quality use cases share: the check a finding comes from, and a dismissal as the
// browser sees it. Pure: the editor imports it through the use cases' schema files.
import { z } from "zod";
import { CHECK_IDS } from "@/domain/qa/engine";
import type { Dismissal } from "@/domain/qa/text-hash";

/** The quality check a finding comes from (domain/qa/checks). */
export const checkIdInput = z.enum(CHECK_IDS as unknown as [string, ...string[]]);

/** A finding dismissed for a paragraph's texts as they were: it comes back when they change. */
export const dismissalSchema = z.object({ segmentId: z.string(), checkId: z.string(), textHash: z.string() }) satisfies z.ZodType<Dismissal>;

export type DismissalDto = z.infer<typeof dismissalSchema>;
