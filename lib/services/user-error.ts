/**
 * An error the user caused and can fix (bad input, unknown id, duplicate).
 * Routes show its message as is and map `code` to an HTTP status; anything
 * else is a bug and gets a generic message.
 */
export type UserErrorCode = "invalid_input" | "unauthorized" | "forbidden" | "not_found" | "duplicate" | "too_large" | "unsupported" | "fetch_failed" | "too_many_requests" | "outdated";

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "UserError";
  }
}

export const HTTP_STATUS: Record<UserErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  duplicate: 409,
  too_large: 413,
  unsupported: 415,
  fetch_failed: 502,
  too_many_requests: 429,
  // A file made from what has changed since (a prepared report): gone for good, a new one must be made.
  outdated: 410,
};
