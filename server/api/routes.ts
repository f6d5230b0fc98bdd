// Every route of the JSON API, by its contract: the source of the OpenAPI document. A test
// (tests/integration/openapi.test.ts) fails when a route under app/api/ is missing here.
import type { Contract } from "./contract";
import { getOpenApiContract } from "./openapi.schema";
import { nextAuthGetContract, nextAuthPostContract } from "../auth/next-auth.schema";
import { createDocumentContract } from "../services/documents/create-document.schema";
import { getDocumentContract } from "../services/documents/get-document.schema";
import { listDocumentActivityContract } from "../services/documents/list-document-activity.schema";
import { listDocumentsContract } from "../services/documents/list-documents.schema";
import { previewImportContract } from "../services/imports/preview-import.schema";
import { previewSourceUpdateContract } from "../services/sources/preview-source-update.schema";
import { updateSourceContract } from "../services/sources/update-source.schema";
import { bulkApproveSegmentsContract } from "../services/review/bulk-approve-segments.schema";
import { previewBulkApprovalContract } from "../services/review/preview-bulk-approval.schema";
import { reviewSegmentContract } from "../services/review/review-segment.schema";
import { undoBatchContract } from "../services/batches/undo-batch.schema";
import { changeSegmentKindContract } from "../services/segments/change-segment-kind.schema";
import { getSegmentHistoryContract } from "../services/segments/get-segment-history.schema";
import { getSegmentContract } from "../services/segments/get-segment.schema";
import { revertSegmentContract } from "../services/segments/revert-segment.schema";
import { saveSegmentContract } from "../services/segments/save-segment.schema";
import { addCommentContract } from "../services/comments/add-comment.schema";
import { listCommentsContract } from "../services/comments/list-comments.schema";
import { setCommentResolvedContract } from "../services/comments/set-comment-resolved.schema";
import { applyFindingFixContract } from "../services/quality/apply-finding-fix.schema";
import { dismissFindingContract } from "../services/quality/dismiss-finding.schema";
import { listPresenceContract } from "../services/presence/list-presence.schema";
import { setEditingSegmentContract } from "../services/presence/set-editing-segment.schema";
import { streamDocumentEventsContract } from "../services/presence/stream-document-events.schema";
import { createGlossaryTermContract } from "../services/glossary/create-glossary-term.schema";
import { deleteGlossaryTermContract } from "../services/glossary/delete-glossary-term.schema";
import { exportGlossaryContract } from "../services/glossary/export-glossary.schema";
import { importGlossaryContract } from "../services/glossary/import-glossary.schema";
import { listGlossaryTermsContract } from "../services/glossary/list-glossary-terms.schema";
import { updateGlossaryTermContract } from "../services/glossary/update-glossary-term.schema";
import { applyReplaceContract } from "../services/replace/apply-replace.schema";
import { previewReplaceContract } from "../services/replace/preview-replace.schema";
import { diffPublicationsContract } from "../services/publishing/diff-publications.schema";
import { exportDocumentContract } from "../services/publishing/export-document.schema";
import { getPublishChecklistContract } from "../services/publishing/get-publish-checklist.schema";
import { listPublicationsContract } from "../services/publishing/list-publications.schema";
import { publishDocumentContract } from "../services/publishing/publish-document.schema";
import { addTranslationContract } from "../services/translations/add-translation.schema";
import { listTranslationsContract } from "../services/translations/list-translations.schema";
import { previewTranslationContract } from "../services/translations/preview-translation.schema";
import { updateUserLanguagesContract } from "../services/users/update-user-languages.schema";
import { createUserContract } from "../services/users/create-user.schema";
import { listUsersContract } from "../services/users/list-users.schema";
import { createTokenContract } from "../services/tokens/create-token.schema";
import { listTokensContract } from "../services/tokens/list-tokens.schema";
import { revokeTokenContract } from "../services/tokens/revoke-token.schema";
import { createWebhookContract } from "../services/webhooks/create-webhook.schema";
import { deleteWebhookContract } from "../services/webhooks/delete-webhook.schema";
import { getWebhookContract } from "../services/webhooks/get-webhook.schema";
import { listWebhookDeliveriesContract } from "../services/webhooks/list-webhook-deliveries.schema";
import { listWebhooksContract } from "../services/webhooks/list-webhooks.schema";
import { redeliverWebhookContract } from "../services/webhooks/redeliver-webhook.schema";
import { rotateWebhookSecretContract } from "../services/webhooks/rotate-webhook-secret.schema";
import { updateWebhookContract } from "../services/webhooks/update-webhook.schema";
import { checkHealthContract } from "../services/operations/check-health.schema";
import { checkReadinessContract } from "../services/operations/check-readiness.schema";
import { exportMetricsContract } from "../services/operations/export-metrics.schema";
import { getSegmentSuggestionsContract } from "../services/memory/get-segment-suggestions.schema";
import { searchMemoryContract } from "../services/memory/search-memory.schema";
import { exportMemoryTmxContract, importMemoryTmxContract } from "../services/memory/import-memory-tmx.schema";
import { getDeskContract, setAssignmentContract, setDocumentDeskContract } from "../services/desk/assignment.schema";
import { listMyWorkContract } from "../services/desk/list-my-work.schema";
import { getQualitySettingsContract, updateQualitySettingsContract } from "../services/quality/quality-settings.schema";
import { getDashboardContract } from "../services/dashboard/get-dashboard.schema";
import { typeCorrectionContract } from "../services/quality/type-correction.schema";

export const API_CONTRACTS: readonly Contract[] = [
  getOpenApiContract,
  nextAuthGetContract,
  nextAuthPostContract,
  listDocumentsContract,
  createDocumentContract,
  getDocumentContract,
  listDocumentActivityContract,
  previewImportContract,
  previewSourceUpdateContract,
  updateSourceContract,
  listTranslationsContract,
  previewTranslationContract,
  addTranslationContract,
  getSegmentContract,
  saveSegmentContract,
  getSegmentHistoryContract,
  revertSegmentContract,
  changeSegmentKindContract,
  reviewSegmentContract,
  previewBulkApprovalContract,
  bulkApproveSegmentsContract,
  undoBatchContract,
  listUsersContract,
  createUserContract,
  updateUserLanguagesContract,
  listTokensContract,
  createTokenContract,
  revokeTokenContract,
  listCommentsContract,
  addCommentContract,
  setCommentResolvedContract,
  streamDocumentEventsContract,
  listPresenceContract,
  setEditingSegmentContract,
  listGlossaryTermsContract,
  createGlossaryTermContract,
  updateGlossaryTermContract,
  deleteGlossaryTermContract,
  importGlossaryContract,
  exportGlossaryContract,
  previewReplaceContract,
  applyReplaceContract,
  applyFindingFixContract,
  dismissFindingContract,
  getPublishChecklistContract,
  listPublicationsContract,
  publishDocumentContract,
  diffPublicationsContract,
  exportDocumentContract,
  listWebhooksContract,
  createWebhookContract,
  getWebhookContract,
  updateWebhookContract,
  deleteWebhookContract,
  rotateWebhookSecretContract,
  listWebhookDeliveriesContract,
  redeliverWebhookContract,
  checkHealthContract,
  checkReadinessContract,
  exportMetricsContract,
  getSegmentSuggestionsContract,
  searchMemoryContract,
  importMemoryTmxContract,
  exportMemoryTmxContract,
  getDeskContract,
  setAssignmentContract,
  setDocumentDeskContract,
  listMyWorkContract,
  getQualitySettingsContract,
  updateQualitySettingsContract,
  getDashboardContract,
  typeCorrectionContract,
];
