import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { bulkApproveSegments, previewBulkApproval } from "@/server/services/review/bulk-approve-segments";

type Context = { params: Promise<{ id: string }> };

/** What "approve all" would approve: `{ segments: [{ id, version }] }`, for the confirmation. */
export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json(await previewBulkApproval({ actor, documentId: (await params).id })),
);

/** Approves the confirmed `{ segments }` as one batch: `{ batchId, approved, skipped }`. */
export const POST = withActor<Context>(async (actor, request, { params }) => {
  const input = withIds(await readJson(request), { documentId: (await params).id });
  return NextResponse.json(await bulkApproveSegments({ actor, input }));
});
