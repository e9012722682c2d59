import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The house rules of docs/architecture.md, enforced: arrows only point down.
const PURE_CORE = ["lib/types/**", "lib/text/**", "lib/align/**", "lib/similarity/**", "lib/diff/**", "lib/omissions/**", "lib/entities/**", "lib/compare/**", "lib/report/**", "lib/group/**", "lib/corpus/**", "lib/ingest/clean/**", "lib/ingest/extract/**", "lib/http/**"];

const pureCoreMessage =
  "The analysis core (lib/text, align, diff, omissions, report…) is pure TypeScript: no database, framework or UI, so it stays fast to test and reusable from the app, the CLI and the benchmarks. Do this in lib/services instead.";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "generated/**", "dist/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "**/*.tmp.ts"],
  },
  {
    files: PURE_CORE,
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/**", "**/generated/**", "@prisma/*", "@/lib/db/*"], message: pureCoreMessage },
            { group: ["next", "next/*", "react", "react-dom", "**/services/**", "@/app/*", "@/components/*"], message: pureCoreMessage },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**", "app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/generated/*", "**/generated/**", "@prisma/*"],
              message: "Only lib/db talks to Prisma; pages call a service or a lib/db read function.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db/*", "@/lib/services/*", "**/lib/db/**"], message: "Components never touch the database: the page (a server component) loads data and passes it in." },
          ],
        },
      ],
    },
  },
];
export default config;
