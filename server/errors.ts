/**
 * Every failure a user can be told about. The UI translates the code (locales/<lng>/errors.json);
 * `params` fill the message's placeholders.
 */
export const ERROR_STATUS = {
  /** No valid session, or an `Authorization` header that is not a valid API token. */
  UNAUTHENTICATED: 401,
  /** The API token was revoked: it stopped working on the request after its revocation. */
  TOKEN_REVOKED: 401,
  /** The API token's expiry date has passed. */
  TOKEN_EXPIRED: 401,
  /** Signed in, but the role lacks the right for this action. */
  FORBIDDEN: 403,
  /** The account is limited to other target languages than `params.lang` (an administrator's setting). */
  LANGUAGE_NOT_ALLOWED: 403,
  /** The resource does not exist or the actor may not see it (we never reveal which). */
  NOT_FOUND: 404,
  /**
   * The input failed validation; `params.field` names the field when there is one, `params.reason`
   * why when it is known (a limit passed: "too-long", "too-many"; a glossary file's problem), with
   * `params.limit` and `params.row` where they apply. Translated in locales/<lng>/errors.json.
   */
  INVALID_INPUT: 400,
  /** An import was refused: `params.reason` says why (translated in locales/<lng>/import.json), `params.side` which text. */
  INVALID_IMPORT: 400,
  /** The request body is larger than `params.limit` bytes. */
  PAYLOAD_TOO_LARGE: 413,
  /** A state-changing request came from another origin (cross-site request forgery defence). */
  CROSS_ORIGIN: 403,
  /** A request body was not declared as `application/json`. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Someone else changed the row since the actor loaded it (optimistic locking). */
  CONFLICT: 409,
  /** A unique value (such as an email address) is already taken. */
  ALREADY_EXISTS: 409,
  /** The workflow does not allow this move from the current state. */
  INVALID_TRANSITION: 409,
  /** The action would lock every administrator out. */
  LAST_ADMIN: 409,
  /** An administrator tried to deactivate their own account: another administrator must. */
  SELF_DEACTIVATION: 409,
  /** The current password given to change one's password is not the account's password. */
  WRONG_PASSWORD: 400,
  /** A password-reset link is unknown, already used, replaced by a newer one or past its expiry. */
  RESET_LINK_INVALID: 410,
  /** The publish checklist fails; `details.checklist` lists what blocks it. */
  PUBLISH_BLOCKED: 409,
  /**
   * The article is identical (same content hash) to the latest published version, `params.number`;
   * publishing it again needs `confirmIdentical`.
   */
  PUBLICATION_IDENTICAL: 409,
  /**
   * Too many API requests: `params.limit` per `params.windowSeconds` for `params.limitedBy`
   * ("token" or "account"); try again after `params.retryAfterSeconds` (also the Retry-After header).
   */
  RATE_LIMITED: 429,
  /**
   * The database does not answer (PostgreSQL down or restarting, SQLite locked past its wait):
   * nothing was written; the answer carries `Retry-After` and `params.retryAfter` in seconds.
   */
  DATABASE_UNAVAILABLE: 503,
  /** Readiness: this instance should not get traffic; `params.reason` is "database", "migrations" or "shutting-down". */
  NOT_READY: 503,
  /** The metrics were asked for from an address not in METRICS_ALLOWED_ADDRESSES. */
  METRICS_FORBIDDEN: 403,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** Structured data the client needs to recover, such as the newer row behind a CONFLICT. */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(code, options);
    this.name = "AppError";
    this.code = code;
    this.params = params;
    this.details = options?.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * The shape errors take over HTTP and in server-action results. `requestId` (HTTP only) is the
 * request's X-Request-Id, which the UI shows with server failures so a user can quote it.
 */
export type ErrorBody = { error: { code: ErrorCode; params: ErrorParams; details?: Record<string, unknown>; requestId?: string } };

export function toErrorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, params: error.params, ...(error.details ? { details: error.details } : {}) } };
}
