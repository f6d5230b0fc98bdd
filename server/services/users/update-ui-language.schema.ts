import { z } from "zod";
import { UI_LANGUAGES } from "@/domain/users/roles";

export const updateUiLanguageInput = z.object({ language: z.enum(UI_LANGUAGES) });

/** The language now remembered: the same shape as the request. */
export const uiLanguageSchema = updateUiLanguageInput;

export type UiLanguageDto = z.infer<typeof uiLanguageSchema>;
