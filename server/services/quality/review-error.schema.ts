import { z } from "zod";
import { MQM_CATEGORIES, MQM_SEVERITIES } from "@/domain/quality/mqm";

/**
 * An MQM error typed by a reviewer (decision 024): optional on a rejection, a reviewer's edit
 * and a fixed or dismissed finding. Recording one needs the right to reject (segment:reject).
 */
export const reviewErrorInput = z
  .object({
    category: z.enum(MQM_CATEGORIES).describe("MQM category: accuracy/mistranslation, accuracy/omission, ... design-markup."),
    severity: z.enum(MQM_SEVERITIES).describe("MQM severity: neutral (0 points), minor (1), major (5), critical (25)."),
  })
  .describe("An MQM error category and severity the reviewer gives this change (reviewers and administrators only).");

export type ReviewErrorInput = z.infer<typeof reviewErrorInput>;
