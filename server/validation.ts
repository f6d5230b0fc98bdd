import type { z } from "zod";
import { AppError } from "./errors";

/**
 * Validates untrusted input for a service. A failure is INVALID_INPUT naming the first bad
 * field ("pairs.3.targetText"), which the UI turns into a translated message. A value over a
 * limit also names the limit (`reason` "too-long" or "too-many", `limit`), so the message can
 * say what is allowed.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "";
    if (issue?.code === "too_big" && (issue.origin === "string" || issue.origin === "array")) {
      throw new AppError("INVALID_INPUT", { field, reason: issue.origin === "string" ? "too-long" : "too-many", limit: Number(issue.maximum) });
    }
    throw new AppError("INVALID_INPUT", { field });
  }
  return parsed.data;
}
