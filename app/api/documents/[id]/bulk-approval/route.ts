import { handleRoute } from "@/server/api/handle-route";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { bulkApproveSegmentsContract } from "@/server/services/review/bulk-approve-segments.schema";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { previewBulkApprovalContract } from "@/server/services/review/preview-bulk-approval.schema";

export const GET = handleRoute(previewBulkApprovalContract, ({ actor, params, query }) => previewBulkApproval({ actor, documentId: params.id, lang: query.lang }));

export const POST = handleRoute(bulkApproveSegmentsContract, ({ actor, params, body }) =>
  bulkApproveSegments({ actor, input: { ...(body as object), documentId: params.id } }),
);
