import "server-only";
import { buildOpenApiDocument } from "./openapi";
import { API_CONTRACTS } from "./routes";

const API_VERSION = "1";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The API's OpenAPI document; built once per process (the contracts never change at run time). */
export function getOpenApiDocument() {
  cached ??= buildOpenApiDocument(API_CONTRACTS, API_VERSION);
  return cached;
}
