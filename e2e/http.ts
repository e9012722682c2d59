/**
 * Plain HTTP against the test server, for what a browser will not send: a
 * forged Host, a malformed path, a broken or oversize body, a server action
 * called by hand.
 */
import { readFileSync } from "node:fs";
import http from "node:http";

export const PORT = Number(process.env.LACUNA_E2E_PORT ?? 3100);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: PORT, method: options.method ?? "GET", path: options.path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    // The server may answer (413) before it has read a large body; the answer is what the test wants.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (options.body !== undefined && options.chunked) {
      const body = Buffer.from(options.body);
      for (let i = 0; i < body.length; i += 1 << 20) request.write(body.subarray(i, i + (1 << 20)));
      request.end();
    } else request.end(options.body);
  });
}

/** The id Next gave a server action in this build (the browser sends it in the Next-Action header). */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in this build`);
  return entry[0];
}

/** Calls a server action the way Next's client does: its arguments as a JSON list, posted to a page that uses it. */
export function callAction(options: { page: string; action: string; args: unknown; cookie?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return rawRequest({
    method: "POST",
    path: options.page,
    headers: {
      "Next-Action": actionId(options.action),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: ORIGIN,
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: options.body ?? JSON.stringify(options.args),
  });
}

/** The Cookie header of a saved browser state (the setup project's editor). */
export function cookieHeaderFrom(storageStatePath: string): string {
  const state = JSON.parse(readFileSync(storageStatePath, "utf8")) as { cookies: Array<{ name: string; value: string }> };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
