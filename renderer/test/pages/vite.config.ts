import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Test pages (renderer/test/pages/<name>/): plain TypeScript or React entries, served from any path.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { target: "es2022", chunkSizeWarningLimit: 4096 },
  logLevel: "warn",
});
