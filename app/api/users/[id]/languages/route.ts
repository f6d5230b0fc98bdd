import { handleRoute } from "@/server/api/handle-route";
import { updateUserLanguages } from "@/server/services/users/update-user-languages";
import { updateUserLanguagesContract } from "@/server/services/users/update-user-languages.schema";

export const PUT = handleRoute(updateUserLanguagesContract, ({ actor, params, body }) => updateUserLanguages({ actor, input: { ...(body as object), userId: params.id } }));
