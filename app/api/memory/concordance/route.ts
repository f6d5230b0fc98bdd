import { handleRoute } from "@/server/api/handle-route";
import { searchMemory } from "@/server/services/memory/search-memory";
import { searchMemoryContract } from "@/server/services/memory/search-memory.schema";

export const GET = handleRoute(searchMemoryContract, ({ actor, query }) => searchMemory({ actor, input: query }));
