import { handleRoute } from "@/server/api/handle-route";
import { listMyWork } from "@/server/services/desk/list-my-work";
import { listMyWorkContract } from "@/server/services/desk/list-my-work.schema";

export const GET = handleRoute(listMyWorkContract, ({ actor, query }) => listMyWork({ actor, input: query }));
