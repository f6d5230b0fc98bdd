// The OpenAPI 3.1 document of the JSON API, generated from the routes' contracts: nothing in it
// is written by hand, so it cannot drift from what the routes take and answer.
import { z } from "zod";
import { rolesWith } from "../auth/permissions";
import { ERROR_STATUS } from "../errors";
import { errorBodySchema, type Access, type Contract } from "./contract";

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // The dialect is the document's own (OpenAPI 3.1 is JSON Schema 2020-12): no $schema per schema.
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  delete json.$schema;
  return json;
}

function describeAccess(access: Access): string {
  if (access === "public") return "Public: no session needed.";
  if (access === "signed-in") return "Any signed-in user.";
  return `Needs the right \`${access}\`: roles ${rolesWith(access).join(", ")}.`;
}

function parameters(contract: Contract) {
  const list: JsonSchema[] = [];
  for (const [location, schema] of [["path", contract.params], ["query", contract.query]] as const) {
    if (!schema) continue;
    const object = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      list.push({ name, in: location, required: location === "path" || (object.required ?? []).includes(name), schema: property });
    }
  }
  return list;
}

/** The error statuses a route can answer, with the codes behind each. */
function errorResponses(contract: Contract) {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of Object.entries(ERROR_STATUS)) {
    if (contract.access === "public" && (status === 401 || status === 403)) continue;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  byStatus.set(500, ["INTERNAL"]);
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      { description: `Error codes: ${codes.join(", ")}.`, content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } } },
    ]),
  );
}

function successResponse(contract: Contract) {
  const produces = contract.produces ?? { kind: "json" };
  const status = String(contract.status ?? 200);
  if (produces.kind === "empty" || contract.status === 204) return { [status]: { description: "Done; no content." } };
  if (produces.kind === "file") {
    return {
      [status]: {
        description: "A file to download (Content-Disposition: attachment).",
        content: Object.fromEntries(produces.contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }])),
      },
    };
  }
  if (produces.kind === "text") return { [status]: { description: "Plain text.", content: { [produces.contentType]: { schema: { type: "string" } } } } };
  if (produces.kind === "raw-json") return { [status]: { description: "A JSON document.", content: { "application/json": { schema: { type: "object" } } } } };
  if (produces.kind === "event-stream") {
    return { [status]: { description: "Server-Sent Events until the client disconnects.", content: { "text/event-stream": { schema: { type: "string" } } } } };
  }
  const data = contract.response ? toSchema(contract.response, "output") : {};
  return {
    [status]: {
      description: "Success: the answer is in `data`.",
      content: { "application/json": { schema: { type: "object", properties: { data }, required: ["data"] } } },
    },
  };
}

export function buildOpenApiDocument(contracts: readonly Contract[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const contract of contracts) {
    const operation: Record<string, unknown> = {
      operationId: contract.operationId,
      tags: [contract.tag],
      summary: contract.summary,
      description: describeAccess(contract.access),
      "x-access": contract.access,
      "x-roles": contract.access === "public" || contract.access === "signed-in" ? [] : rolesWith(contract.access),
      ...(contract.access === "public" ? { security: [] } : {}),
      parameters: parameters(contract),
      ...(contract.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(contract.body, "input") } } } } : {}),
      responses: { ...successResponse(contract), ...errorResponses(contract) },
    };
    paths[contract.path] = { ...(paths[contract.path] ?? {}), [contract.method.toLowerCase()]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Vis-à-vis API",
      version,
      description:
        "The JSON API of Vis-à-vis. Success answers are `{ data }`; errors are `{ error: { code, params, details?, requestId } }`, with codes the interface translates. Sign in through the web app: the session cookie authenticates every call.",
    },
    servers: [{ url: "/" }],
    security: [{ session: [] }],
    tags: [...new Set(contracts.map((contract) => contract.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ErrorBody: toSchema(errorBodySchema, "output") },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
    },
  };
}
