import { z } from "zod";
import { defineContract } from "../../api/contract";

export const healthSchema = z.object({ status: z.literal("ok") });

export const checkHealthContract = defineContract({
  operationId: "checkHealth",
  tag: "operations",
  method: "GET",
  path: "/api/health",
  summary: "Liveness: the process answers. Touches no database; for a load balancer or an orchestrator.",
  access: "public",
  response: healthSchema,
});
