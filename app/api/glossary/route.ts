import { handleRoute } from "@/server/api/handle-route";
import { createGlossaryTerm } from "@/server/services/glossary/create-glossary-term";
import { createGlossaryTermContract } from "@/server/services/glossary/create-glossary-term.schema";
import { listGlossaryTerms } from "@/server/services/glossary/list-glossary-terms";
import { listGlossaryTermsContract } from "@/server/services/glossary/list-glossary-terms.schema";

export const GET = handleRoute(listGlossaryTermsContract, ({ actor, query }) => listGlossaryTerms({ actor, lang: query.lang }));

export const POST = handleRoute(createGlossaryTermContract, ({ actor, body }) => createGlossaryTerm({ actor, input: body }));
