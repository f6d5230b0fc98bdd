import type { z } from "zod";
import { defineContract } from "../../api/contract";
import { createdAccountSchema, newAccountInput } from "./new-account.schema";

export const createUserInput = newAccountInput;

export type CreateUserInput = z.input<typeof createUserInput>;

export const createUserContract = defineContract({
  operationId: "createUser",
  tag: "users",
  method: "POST",
  path: "/api/users",
  summary: "Creates an account with a role, an interface language and a first password.",
  access: "users:manage",
  body: createUserInput,
  response: createdAccountSchema,
  status: 201,
});
