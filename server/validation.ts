import type { z } from "zod";
import { AppError } from "./errors";

/**
 * Validates untrusted input for a service. A failure is INVALID_INPUT naming the first bad
 * field ("pairs.3.targetText"), which the UI turns into a translated message.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", { field: parsed.error.issues[0]?.path.join(".") ?? "" });
  }
  return parsed.data;
}
