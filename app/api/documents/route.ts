import { handleRoute } from "@/server/api/handle-route";
import { createDocument } from "@/server/services/documents/create-document";
import { createDocumentContract } from "@/server/services/documents/create-document.schema";
import { listDocuments } from "@/server/services/documents/list-documents";
import { listDocumentsContract } from "@/server/services/documents/list-documents.schema";

export const GET = handleRoute(listDocumentsContract, ({ actor, query }) => listDocuments({ actor, input: query }));

export const POST = handleRoute(createDocumentContract, ({ actor, body }) => createDocument({ actor, input: body }));
