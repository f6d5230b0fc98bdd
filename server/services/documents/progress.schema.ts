import { z } from "zod";
import type { Progress } from "@/domain/progress";

export const progressSchema = z.object({
  total: z.number().int(),
  included: z.number().int(),
  translated: z.number().int(),
  approved: z.number().int(),
  excluded: z.number().int(),
  rejected: z.number().int(),
  outdated: z.number().int(),
  approvedPercent: z.number().int(),
}) satisfies z.ZodType<Progress>;
