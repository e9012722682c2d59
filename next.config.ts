import type { NextConfig } from "next";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/limits";

const nextConfig: NextConfig = {
  experimental: {
    // Pasted articles can be long; the service enforces its own limit (lib/ingest/input-guards.ts) with a clear message.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    // The proxy's copy of a body is cut before the network chunk that crosses this size (chunks are at most
    // 64 KB), so a margin of 1 MB past the limit lets it see that a streamed body is over it and answer 413.
    proxyClientMaxBodySize: MAX_REQUEST_BODY_BYTES + 1024 * 1024,
    // forbidden() answers a viewer's write with 403 and the page in app/forbidden.tsx.
    authInterrupts: true,
  },
  // Native and wasm-backed packages stay outside the server bundle; piscina loads its own worker file by path.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "linkedom", "pdfkit", "fontkit", "piscina"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (npm run typecheck); checking again inside
  // every build would double the slowest step on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  // Security headers (CSP with a per-request nonce, Permissions-Policy…) are set on every response
  // by proxy.ts, from lib/http/security-headers.ts.
};

export default nextConfig;
