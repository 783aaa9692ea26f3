// Lint: type-aware TypeScript rules plus the dependency arrows of DESIGN.md §2.
// crdt imports none of the other packages and no platform API; renderer never imports
// electron or sync-server; nobody reaches into another package by relative path.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import i18next from "eslint-plugin-i18next";

const otherPackageSource = {
  group: ["../../crdt/*", "../../sync-server/*", "../../renderer/*", "../../electron/*", "**/../crdt/src/*", "**/../sync-server/src/*", "**/../renderer/src/*", "**/../electron/src/*"],
  message: "Import other packages by name (@chapterhouse/…), never by relative path (docs/ARCHITECTURE.md).",
};
/** @param {string[]} names */
const platformModules = (...names) =>
  names.map((name) => ({ name, message: `crdt/ is pure: ${name} is not allowed here (DESIGN.md §2).` }));

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "coverage/**", "renderer/dist/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ["./*/tsconfig.test.json", "./renderer/tsconfig.json", "./tsconfig.tooling.json"], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-imports": ["error", { patterns: [otherPackageSource] }],
    },
  },
  {
    files: ["crdt/src/**/*.ts"],
    ignores: ["crdt/src/**/*.test.ts", "crdt/src/test-helpers/**"],
    languageOptions: { globals: { ...globals.worker } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: platformModules("react", "react-dom", "dexie", "electron", "ws", "@automerge/automerge-repo", "@chapterhouse/sync-server", "@chapterhouse/renderer", "@chapterhouse/electron"),
          patterns: [
            otherPackageSource,
            { group: ["node:*", "fs", "path", "os", "crypto", "child_process", "net", "http", "https"], message: "crdt/ is pure: no Node-only API (DESIGN.md §2)." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "Buffer", "require", "__dirname"],
    },
  },
  {
    // The CLI is the one place in crdt/ allowed Node's fs (DESIGN.md §2).
    files: ["crdt/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: platformModules("react", "react-dom", "dexie", "electron", "@chapterhouse/sync-server", "@chapterhouse/renderer", "@chapterhouse/electron"),
          patterns: [otherPackageSource],
        },
      ],
    },
  },
  {
    files: ["sync-server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@chapterhouse/renderer", message: "sync-server may import crdt only (DESIGN.md §2)." },
            { name: "@chapterhouse/electron", message: "sync-server may import crdt only (DESIGN.md §2)." },
            { name: "electron", message: "sync-server does not use Electron (DESIGN.md §2)." },
            { name: "react", message: "sync-server has no UI (DESIGN.md §2)." },
          ],
          patterns: [otherPackageSource],
        },
      ],
    },
  },
  {
    files: ["renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@chapterhouse/electron", message: "renderer reaches Electron only through the preload bridge (DESIGN.md §2)." },
            { name: "@chapterhouse/sync-server", message: "renderer reaches relays only over WebSocket (DESIGN.md §2)." },
            { name: "electron", message: "renderer reaches Electron only through the preload bridge (DESIGN.md §2)." },
          ],
          patterns: [otherPackageSource, { group: ["node:*"], message: "renderer runs in a browser: no Node API." }],
        },
      ],
    },
  },
  {
    // Renderer tests drive Chromium from Node and start a real relay: Node APIs and the relay
    // package are allowed there, never in the app itself.
    files: ["renderer/test/**/*.{ts,tsx}", "renderer/src/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [otherPackageSource] }] },
  },
  {
    // Every user-visible text goes through the i18n layer (docs/ARCHITECTURE.md, "UI kit and
    // translations"): no literal words in JSX, nor in the attributes people read or hear.
    // Applies to the folders built on the kit; older screens join as they move into features/.
    files: ["renderer/src/features/**/*.tsx", "renderer/src/shared/ui/**/*.tsx", "renderer/src/shared/i18n/**/*.tsx"],
    ignores: ["**/*.test.tsx", "**/test-helpers/**"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["^(alt|title|placeholder|label|description|errorMessage|confirmLabel|caption|aria-label|aria-description|aria-roledescription|aria-valuetext)$"] },
          message: "User-visible text goes in a catalogue (renderer/src/locales) and reaches JSX through useT()",
        },
      ],
    },
  },
  {
    files: ["*.js", "bench/**/*.js", "*/bin/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "**/test-helpers/**", "**/test/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
