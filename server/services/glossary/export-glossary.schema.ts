import { z } from "zod";
import { defineContract } from "../../api/contract";
import { GLOSSARY_FORMATS, glossaryLangInput } from "./glossary-term-dto.schema";

export const exportGlossaryInput = z.object({ format: z.enum(GLOSSARY_FORMATS), lang: glossaryLangInput });

/** The media type of each glossary file format. */
export const GLOSSARY_CONTENT_TYPES = { csv: "text/csv", tbx: "application/x-tbx+xml" } as const satisfies Record<(typeof GLOSSARY_FORMATS)[number], string>;

export const exportGlossaryContract = defineContract({
  operationId: "exportGlossary",
  tag: "glossary",
  method: "GET",
  path: "/api/glossary/export",
  summary: "The glossary of one language pair (French to lang, English when omitted) as a CSV or TBX file to download.",
  access: "document:view",
  query: exportGlossaryInput,
  produces: { kind: "file", contentTypes: Object.values(GLOSSARY_CONTENT_TYPES) },
});
