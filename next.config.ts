import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Pasted articles can be long; the service enforces its own limit (lib/ingest/input-guards.ts) with a clear message.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  // Native and wasm-backed packages stay outside the server bundle; piscina loads its own worker file by path.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "linkedom", "pdfkit", "piscina"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (npm run typecheck); checking again inside
  // every build would double the slowest step on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // Article text is untrusted. React escapes it; the CSP is the second wall should anything slip through.
          {
            key: "Content-Security-Policy",
            value: "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
          },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

export default nextConfig;
