// What a server action answers a form: nothing yet, a message to show, or an error code the UI
// translates. Types only, so that client components can name it without importing app/.
import type { ErrorCode, ErrorParams } from "../errors";

export type ActionResult =
  | { status: "idle" }
  | { status: "ok"; message: string; params: Record<string, string> }
  | { status: "error"; code: ErrorCode | "INTERNAL"; params: ErrorParams };

/** A server action bound to a form through `useActionState`. */
export type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;
