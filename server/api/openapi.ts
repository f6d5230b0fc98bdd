// The OpenAPI 3.1 document of the JSON API, generated from the routes' contracts: nothing in it
// is written by hand, so it cannot drift from what the routes take and answer.
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, webhookPayloadSchema } from "@/domain/webhooks/events";
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

/**
 * The document's `webhooks` section: what Vis-à-vis POSTs to a registered endpoint for each event
 * type, with the Standard Webhooks headers a receiver verifies (decision 017).
 */
function webhookOperations() {
  const header = (name: string, description: string) => ({ name, in: "header", required: true, description, schema: { type: "string" } });
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          tags: ["webhooks"],
          summary: `The \`${type}\` event, sent to every active endpoint subscribed to it.`,
          description:
            "Signed per Standard Webhooks: verify with any stock library (e.g. `new Webhook(secret).verify(body, headers)` from the `standardwebhooks` package). Answer 2xx within 10 seconds; anything else is retried with the same `webhook-id` (first retry after 10 s, then ×4 up to 8 h, 10 attempts over about 28 hours).",
          parameters: [
            header("webhook-id", "The event's id (`msg_...`): the same on every retry, so duplicates can be dropped."),
            header("webhook-timestamp", "Seconds since the epoch when this attempt was signed."),
            header("webhook-signature", "`v1,<base64 HMAC-SHA256 of id.timestamp.body>`; two space-separated signatures during a secret rotation's 24-hour grace period."),
          ],
          requestBody: { required: true, content: { "application/json": { schema: toSchema(webhookPayloadSchema(type), "output") } } },
          responses: { "200": { description: "Any 2xx status: received." } },
        },
      },
    ]),
  );
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
        "The JSON API of Vis-à-vis. Success answers are `{ data }`; errors are `{ error: { code, params, details?, requestId } }`, with codes the interface translates. " +
          "Every call is authenticated either by an API token, sent as `Authorization: Bearer vav_...` (create one on the API tokens screen, `/settings/tokens`, with `POST /api/tokens` or on the command line), with exactly the rights of the account it acts as, " +
          "or by the session cookie of the web app. An `Authorization` header that is not a valid token is refused (401) even beside a cookie. " +
          "Requests are limited per token and per signed-in account (429 `RATE_LIMITED` with `Retry-After`).",
    },
    servers: [{ url: "/" }],
    // Either scheme authenticates a call: a bearer token or the session cookie.
    security: [{ bearerAuth: [] }, { session: [] }],
    tags: [...new Set(contracts.map((contract) => contract.tag))].map((name) => ({ name })),
    paths,
    webhooks: webhookOperations(),
    components: {
      schemas: { ErrorBody: toSchema(errorBodySchema, "output") },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token: `vav_` followed by 43 characters. It acts as its account, with that account's current role and languages." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
  };
}
