/**
 * A first look at a server-action request body, so a malformed one gets a 400
 * instead of failing inside Next's decoder with a 500. Next encodes an
 * action's arguments either as a JSON array (text/plain) or as multipart form
 * data; anything else is not from Lacuna's own pages.
 */
import type { Rejection } from "./request-gate";

export function checkActionBody(contentType: string | null, text: string): Rejection | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "text/plain" && type !== "") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return malformed("its body is not JSON");
  }
  return Array.isArray(value) ? null : malformed("its body is not a list of arguments");
}

export function malformed(why: string): Rejection {
  return { status: 400, code: "bad_request", message: `Malformed action request: ${why}.` };
}
