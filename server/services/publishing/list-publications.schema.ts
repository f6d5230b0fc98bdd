import { z } from "zod";
import { defineContract, idParams, langQuery } from "../../api/contract";
import { publicationSummarySchema } from "./publication-summary.schema";

export const listPublicationsContract = defineContract({
  operationId: "listPublications",
  tag: "publishing",
  method: "GET",
  path: "/api/documents/{id}/publications",
  summary: "The document's published versions, the latest first.",
  access: "document:view",
  params: idParams,
  query: langQuery,
  response: z.array(publicationSummarySchema),
});
