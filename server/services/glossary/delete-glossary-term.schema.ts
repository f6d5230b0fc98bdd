import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";

export const deleteGlossaryTermInput = z.object({ id: z.string().min(1).max(64) });

export const deleteGlossaryTermContract = defineContract({
  operationId: "deleteGlossaryTerm",
  tag: "glossary",
  method: "DELETE",
  path: "/api/glossary/{id}",
  summary: "Deletes a term; the audit trail keeps what it was.",
  access: "glossary:manage",
  params: idParams,
  status: 204,
});
