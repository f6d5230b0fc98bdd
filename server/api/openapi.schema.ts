import { defineContract } from "./contract";

export const getOpenApiContract = defineContract({
  operationId: "getOpenApiDocument",
  tag: "reference",
  method: "GET",
  path: "/api/openapi.json",
  summary: "This API described as an OpenAPI 3.1 document (routes and schemas, no data).",
  access: "public",
  produces: { kind: "raw-json" },
});
