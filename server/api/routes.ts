// Every route of the JSON API, by its contract: the source of the OpenAPI document. A test
// (tests/integration/openapi.test.ts) fails when a route under app/api/ is missing here.
import type { Contract } from "./contract";
import { getOpenApiContract } from "./openapi.schema";
import { nextAuthGetContract, nextAuthPostContract } from "../auth/next-auth.schema";
import { getDocumentContract } from "../services/documents/get-document.schema";
import { listDocumentActivityContract } from "../services/documents/list-document-activity.schema";
import { listDocumentsContract } from "../services/documents/list-documents.schema";
import { reviewSegmentContract } from "../services/review/review-segment.schema";
import { changeSegmentKindContract } from "../services/segments/change-segment-kind.schema";
import { getSegmentHistoryContract } from "../services/segments/get-segment-history.schema";
import { getSegmentContract } from "../services/segments/get-segment.schema";
import { revertSegmentContract } from "../services/segments/revert-segment.schema";
import { saveSegmentContract } from "../services/segments/save-segment.schema";

export const API_CONTRACTS: readonly Contract[] = [
  getOpenApiContract,
  nextAuthGetContract,
  nextAuthPostContract,
  listDocumentsContract,
  getDocumentContract,
  listDocumentActivityContract,
  getSegmentContract,
  saveSegmentContract,
  getSegmentHistoryContract,
  revertSegmentContract,
  changeSegmentKindContract,
  reviewSegmentContract,
];
