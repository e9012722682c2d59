import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine on every command; this machine
// is offline. `generate`/`validate`/`format` do not need it once the variable
// points anywhere, and migrations run through the WebAssembly engine instead
// (prisma/migrate.ts), so no command here ever needs the binary.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma", "native-engine-placeholder.txt");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
