/**
 * The largest request body the server reads: a pasted article (1.5 M
 * characters, up to ~6 MB of UTF-8) or an uploaded file (7 MB) plus the
 * multipart framing. The request gate answers 413 above it; next.config.ts
 * gives server actions the same limit.
 */
export const MAX_REQUEST_BODY_BYTES = 8 * 1024 * 1024;
