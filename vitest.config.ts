import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests live beside the code they test (lib/**/x.test.ts, cli/**).
// e2e/ belongs to Playwright and is excluded here.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Tests run server code directly, as the server does: resolve "server-only" the way React's server build does.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "cli/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    // Setting up a test database applies every migration to a fresh file: a second or two alone,
    // but on a shared 2-core machine under load (parallel builds) it passed the 10 s default and
    // failed whole suites that had nothing wrong with them.
    hookTimeout: 60_000,
  },
});
