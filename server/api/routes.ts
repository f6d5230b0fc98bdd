// Every route of the JSON API, by its contract: the source of the OpenAPI document. A test
// (tests/integration/openapi.test.ts) fails when a route under app/api/ is missing here.
import type { Contract } from "./contract";
import { getOpenApiContract } from "./openapi.schema";
import { nextAuthGetContract, nextAuthPostContract } from "../auth/next-auth.schema";
import { listDocumentsContract } from "../services/documents/list-documents.schema";

export const API_CONTRACTS: readonly Contract[] = [
  getOpenApiContract,
  nextAuthGetContract,
  nextAuthPostContract,
  listDocumentsContract,
];
