// A publication as the browser lists it, shared by publishing and listing. Pure: the publish
// panel imports it through the use cases' schema files.
import { z } from "zod";

export const publicationSummarySchema = z.object({
  number: z.number().int(),
  /** The source revision (version of the French) this publication translates. */
  sourceRevision: z.number().int(),
  publishedByName: z.string(),
  /** ISO 8601. */
  createdAt: z.string(),
  /** SHA-256 of the frozen content. */
  contentHash: z.string(),
  /** Set when an administrator published although the checklist failed. */
  overrideReason: z.string().nullable(),
});

export type PublicationSummaryDto = z.infer<typeof publicationSummarySchema>;
