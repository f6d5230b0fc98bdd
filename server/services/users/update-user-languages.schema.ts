import { z } from "zod";
import { canonicalLanguageTag, formatLanguageList } from "@/domain/languages/language-tag";
import { defineContract } from "../../api/contract";
import { userVersionSchema } from "./update-user-role.schema";

/** More target languages than a newsroom works in; bounds the stored list. */
export const MAX_ACCOUNT_LANGUAGES = 30;

/** A list of target languages (tags, as a list or space/comma separated), stored canonical and space-separated; empty: every language. */
export const languageListInput = z
  .union([z.string().max(1_000), z.array(z.string().max(35)).max(MAX_ACCOUNT_LANGUAGES)])
  .transform((value, context) => {
    const tags = (Array.isArray(value) ? value : value.split(/[\s,]+/)).map((tag) => tag.trim()).filter((tag) => tag !== "");
    const canonical: string[] = [];
    for (const tag of tags) {
      const valid = canonicalLanguageTag(tag);
      if (valid === null) {
        context.addIssue({ code: "custom", message: `not a BCP 47 language tag: ${tag}` });
        return z.NEVER;
      }
      canonical.push(valid);
    }
    if (new Set(canonical).size > MAX_ACCOUNT_LANGUAGES) {
      context.addIssue({ code: "custom", message: "too many languages" });
      return z.NEVER;
    }
    return formatLanguageList(canonical);
  });

export const updateUserLanguagesInput = z.object({
  userId: z.string().min(1).max(64),
  /** The target languages the account may work on (tags, as a list or space/comma separated); empty: every language. */
  targetLangs: languageListInput,
  /** The version the administrator saw; a stale one is a CONFLICT. */
  version: z.coerce.number().int().positive(),
});

export type UpdateUserLanguagesInput = z.input<typeof updateUserLanguagesInput>;

export const updateUserLanguagesContract = defineContract({
  operationId: "updateUserLanguages",
  tag: "users",
  method: "PUT",
  path: "/api/users/{id}/languages",
  summary: "Limits an account to some target languages (empty: every language). Takes effect on the account's next request; roles stay global.",
  access: "users:manage",
  params: z.object({ id: z.string().min(1).max(64) }),
  body: updateUserLanguagesInput.omit({ userId: true }),
  response: userVersionSchema,
});
