import { handleRoute } from "@/server/api/handle-route";
import { deleteGlossaryTerm } from "@/server/services/glossary/delete-glossary-term";
import { deleteGlossaryTermContract } from "@/server/services/glossary/delete-glossary-term.schema";
import { updateGlossaryTerm } from "@/server/services/glossary/update-glossary-term";
import { updateGlossaryTermContract } from "@/server/services/glossary/update-glossary-term.schema";

// The URL, not the body, names the term; the service validates the rest.
export const PUT = handleRoute(updateGlossaryTermContract, ({ actor, params, body }) => updateGlossaryTerm({ actor, input: { ...(body as object), id: params.id } }));

export const DELETE = handleRoute(deleteGlossaryTermContract, ({ actor, params }) => deleteGlossaryTerm({ actor, id: params.id }));
