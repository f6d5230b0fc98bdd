import { handleRoute } from "@/server/api/handle-route";
import { setAssignmentContract } from "@/server/services/desk/assignment.schema";
import { setAssignment } from "@/server/services/desk/set-assignment";

export const PUT = handleRoute(setAssignmentContract, ({ actor, params, body }) => setAssignment({ actor, input: { ...(body as object), documentId: params.id } }));
