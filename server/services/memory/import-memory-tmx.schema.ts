import { z } from "zod";
import { TMX_MAX_BYTES } from "@/domain/memory/limits";
import { targetLanguageInput } from "../../api/contract";

export const importMemoryTmxInput = z.object({
  /** The TMX file's text. */
  content: z.string().max(TMX_MAX_BYTES),
  /** The target language of the pair imported (French to it). */
  lang: targetLanguageInput.default("en"),
});

export type ImportMemoryTmxResult = { added: number; duplicates: number; skipped: number };
