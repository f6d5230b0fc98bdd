import { z } from "zod";
import { defineContract } from "../../api/contract";

export const readinessSchema = z.object({
  status: z.literal("ready"),
  /** What was checked: the database answered within the time limit, every migration is applied. */
  checks: z.object({ database: z.literal("ok"), migrations: z.literal("ok") }),
});

export type ReadinessDto = z.infer<typeof readinessSchema>;

export const checkReadinessContract = defineContract({
  operationId: "checkReadiness",
  tag: "operations",
  method: "GET",
  path: "/api/health/ready",
  summary:
    "Readiness: the database answers within READINESS_TIMEOUT_MS and its migrations are current. 503 NOT_READY (params.reason: database, migrations, shutting-down) when this instance should get no traffic.",
  access: "public",
  response: readinessSchema,
});
