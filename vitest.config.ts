import { defineConfig } from "vitest/config";

// One run across the workspace. Packages import each other by name and resolve to
// the built `dist/` of the referenced package (TypeScript project references, built
// by `npm run build` before the tests: see docs/ARCHITECTURE.md).
export default defineConfig({
  test: {
    include: ["{crdt,sync-server,renderer,electron}/{src,test,cli}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
    // The browser tests' hooks build the app once for every file (cachedBuild: one builds, the
    // others wait up to 180 s): on a loaded 2-core runner the build alone passes 60 s.
    hookTimeout: 240_000,
    pool: "forks",
  },
});
