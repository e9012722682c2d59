/** Every API error in one JSON shape: { error: { code, message } }, with the status its code implies. */
import { NextResponse } from "next/server";
import { HTTP_STATUS, UserError } from "@/lib/services/user-error";

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof UserError) {
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: HTTP_STATUS[error.code] });
  }
  console.error("API request failed", error);
  return NextResponse.json({ error: { code: "internal", message: "Lacuna hit an internal error; nothing was changed. Try again." } }, { status: 500 });
}
