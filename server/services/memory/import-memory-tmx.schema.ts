import { z } from "zod";
import { TMX_MAX_BYTES } from "@/domain/memory/limits";
import { defineContract, targetLanguageInput } from "../../api/contract";

export const importMemoryTmxInput = z.object({
  /** The TMX file's text. */
  content: z.string().max(TMX_MAX_BYTES),
  /** The target language of the pair imported (French to it). */
  lang: targetLanguageInput.default("en"),
});

export type ImportMemoryTmxResult = { added: number; duplicates: number; skipped: number };

export const importMemoryTmxContract = defineContract({
  operationId: "importMemoryTmx",
  tag: "memory",
  method: "POST",
  path: "/api/memory/import",
  summary:
    "Imports a TMX file's French-to-lang units into the translation memory, in one transaction. Answers Server-Sent Events: " +
    "`progress` ({done, total}) between batches, then `done` ({added, duplicates, skipped}) or `error` ({code, params}). " +
    "Closing the connection cancels the import, and nothing of it is kept.",
  access: "glossary:manage",
  body: importMemoryTmxInput,
  produces: { kind: "event-stream" },
});

export const exportMemoryTmxQuery = z.object({ lang: targetLanguageInput.default("en") });

export const exportMemoryTmxContract = defineContract({
  operationId: "exportMemoryTmx",
  tag: "memory",
  method: "GET",
  path: "/api/memory/export",
  summary: "The translation memory of French to lang as a TMX 1.4 file.",
  access: "document:view",
  query: exportMemoryTmxQuery,
  produces: { kind: "file", contentTypes: ["application/x-tmx+xml"] },
});
