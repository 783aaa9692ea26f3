import { defineConfig } from "vitest/config";

// One run across the workspace. Packages import each other by name and resolve to
// the built `dist/` of the referenced package (TypeScript project references, built
// by `npm run build` before the tests: see docs/ARCHITECTURE.md).
export default defineConfig({
  test: {
    include: ["{crdt,sync-server,renderer,electron}/{src,test,cli}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
