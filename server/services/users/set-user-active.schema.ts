import { z } from "zod";

export const setUserActiveInput = z.object({
  userId: z.string().min(1).max(64),
  /** false deactivates (sessions end on their next request, sign-in refused); true reactivates. */
  isActive: z.boolean(),
  /** The version the administrator saw; a stale one is a CONFLICT. */
  version: z.coerce.number().int().positive(),
});
