import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: ["node_modules/", ".next/", "server/generated/", "tests/.tmp/", "build/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Prisma belongs to server/ only (house style): everything else talks to services.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "**/generated/prisma/*"], message: "Prisma is only used inside server/." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/**", "scripts/**", "tests/**", "prisma/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The domain stays pure: no server, no framework, no database.
    files: ["domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/server/*", "@/app/*", "@/components/*", "next", "next/*", "react", "@prisma/*"], message: "domain/ is pure TypeScript." },
          ],
        },
      ],
    },
  },
  {
    // The editor's state rules are pure so that the unit tests run them without a browser.
    files: ["components/editor/segment-sync.ts", "components/editor/key-map.ts", "components/editor/filters.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "next", "next/*", "@prisma/*", "**/generated/prisma/*"], message: "Keep the editor's state rules pure TypeScript." },
          ],
        },
      ],
    },
  },
];

export default config;
