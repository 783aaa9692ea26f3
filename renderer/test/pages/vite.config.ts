import { defineConfig } from "vite";

// Test pages (renderer/test/pages/<name>/): plain TypeScript entries, served from any path.
export default defineConfig({
  base: "./",
  build: { target: "es2022", chunkSizeWarningLimit: 4096 },
  logLevel: "warn",
});
