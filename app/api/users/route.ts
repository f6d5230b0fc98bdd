import { handleRoute } from "@/server/api/handle-route";
import { createUser } from "@/server/services/users/create-user";
import { createUserContract } from "@/server/services/users/create-user.schema";
import { listUsers } from "@/server/services/users/list-users";
import { listUsersContract } from "@/server/services/users/list-users.schema";

export const GET = handleRoute(listUsersContract, ({ actor }) => listUsers({ actor }));

export const POST = handleRoute(createUserContract, ({ actor, body }) => createUser({ actor, input: body }));
