import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The app is served from any path (a relay's `--web`, a file under a custom protocol in the
// desktop shell), hence a relative base. Vite 8 bundles Automerge's wasm (an ES module import
// of a `.wasm` file) without a plugin; the e2e suite proves it loads in Chromium.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 4096,
  },
});
