import { z } from "zod";
import { defineContract } from "../../api/contract";
import { MAX_DOCUMENT_SEARCH_LENGTH } from "@/domain/search/document-search";
import { translationSummarySchema } from "../translations/translation-summary.schema";
import { progressSchema } from "./progress.schema";
import { documentFiltersInput } from "./list-filters.schema";

export { progressSchema };

/** Documents per page of the list unless the caller asks for another size. */
export const DOCUMENTS_PAGE_SIZE = 50;
/** The largest page a caller may ask for: a page's progress is computed for its documents only. */
export const MAX_DOCUMENTS_PAGE_SIZE = 100;

export const listDocumentsInput = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe("The page, from 1; a page past the end shows the last one."),
  pageSize: z.coerce.number().int().min(1).max(MAX_DOCUMENTS_PAGE_SIZE).default(DOCUMENTS_PAGE_SIZE),
  q: z
    .string()
    .trim()
    .max(MAX_DOCUMENT_SEARCH_LENGTH)
    .optional()
    .describe(
      "Words to find in the title or the French text, each as the start of a word (a word under 4 letters as a whole word), accents and case ignored; only documents holding all of them. At most the newest 1,000 matches are listed (isTotalCapped: there are more).",
    ),
}).extend(documentFiltersInput.shape);


export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  sourceLang: z.string(),
  /** Every target language of the article, English first, each with its status and progress. */
  languages: z.array(translationSummarySchema),
  /** The French changed since the latest publication of one of its languages. */
  isSourceUpdatedSincePublication: z.boolean(),
  /** The latest change to the document or any of its paragraphs (ISO 8601). */
  updatedAt: z.string(),
  createdByName: z.string(),
});

export const documentPageSchema = z.object({
  documents: z.array(documentSummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  /**
   * Documents in the archive that pass the filters (the actor may see); with a search, those
   * matching it, at most MAX_DOCUMENT_SEARCH_RESULTS (1,000).
   */
  total: z.number().int(),
  pageCount: z.number().int(),
  /** A search matched more documents (that pass the filters and the actor may see) than `total`: the list holds its newest `total`. */
  isTotalCapped: z.boolean(),
  /** A search with filters, or by someone who may not see every confidential article, looked at its newest 5,000 matches only, and there were more. */
  isSearchCapped: z.boolean(),
});

export type DocumentSummaryDto = z.infer<typeof documentSummarySchema>;
export type DocumentPageDto = z.infer<typeof documentPageSchema>;

export const listDocumentsContract = defineContract({
  operationId: "listDocuments",
  tag: "documents",
  method: "GET",
  path: "/api/documents",
  summary: "One page of the documents, the most recently changed first, with each one's progress; `q` searches their titles and French text.",
  access: "document:view",
  query: listDocumentsInput,
  response: documentPageSchema,
});
