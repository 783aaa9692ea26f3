// Lint: type-aware TypeScript rules plus the dependency arrows of DESIGN.md §2.
// crdt imports none of the other packages and no platform API; renderer never imports
// electron or sync-server; nobody reaches into another package by relative path.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import i18next from "eslint-plugin-i18next";
import boundaries from "eslint-plugin-boundaries";

const otherPackageSource = {
  group: ["../../crdt/*", "../../sync-server/*", "../../renderer/*", "../../electron/*", "**/../crdt/src/*", "**/../sync-server/src/*", "**/../renderer/src/*", "**/../electron/src/*"],
  message: "Import other packages by name (@chapterhouse/…), never by relative path (docs/ARCHITECTURE.md).",
};
/**
 * crdt has no index: each folder is a subpath (docs/ARCHITECTURE.md, "Importing crdt"), so a
 * module loads only the folders it names and nobody brings back one list of everything.
 */
const crdtIndex = {
  name: "@chapterhouse/crdt",
  message: "Import crdt by folder, e.g. @chapterhouse/crdt/records: it has no index (docs/ARCHITECTURE.md, \"Importing crdt\").",
};
/** The same for what no-restricted-imports does not see: import() and import("…").Type. */
const crdtIndexSyntax = ["ImportExpression", "TSImportType"].map((node) => ({
  selector: `${node} Literal[value="@chapterhouse/crdt"]`,
  message: crdtIndex.message,
}));
/** @param {string[]} names */
const platformModules = (...names) =>
  names.map((name) => ({ name, message: `crdt/ is pure: ${name} is not allowed here (DESIGN.md §2).` }));

/**
 * Screens written before the i18n layer, exempt from i18next/no-literal-string until they are
 * translated (each one leaves this list when it is). Nothing new joins it.
 */
const NOT_YET_TRANSLATED = [
  "renderer/src/shared/ui/CharacterCount.tsx",
];
/** The renderer's parts (docs/ARCHITECTURE.md, "Inside renderer/"). */
export const RENDERER_ELEMENTS = [
  { type: "app", pattern: "renderer/src/app" },
  { type: "feature", pattern: "renderer/src/features/*", capture: ["feature"] },
  { type: "shared", pattern: "renderer/src/shared/*", capture: ["layer"] },
];
/** The arrows between them: what each part may not import. */
export const RENDERER_ARROWS = [
  {
    from: { element: { type: "shared" } },
    disallow: { to: { element: { types: { anyOf: ["feature", "app"] } } } },
    message: "A shared layer imports no feature and not the app: features register into shared registries from src/app/features.ts.",
  },
  {
    from: { element: { type: "feature" } },
    disallow: { to: { element: { type: "app" } } },
    message: "A feature does not import the app (src/app/ is the composition root that imports the features).",
  },
  {
    from: { element: { type: "feature" } },
    disallow: { to: { element: { type: "feature", captured: { feature: "!{{ from.element.captured.feature }}" }, fileInternalPath: "!index.ts" } } },
    message: "Another feature is imported only through its index.ts (its public API), never its internals.",
  },
];

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
      "no-restricted-imports": ["error", { paths: [crdtIndex], patterns: [otherPackageSource] }],
      "no-restricted-syntax": ["error", ...crdtIndexSyntax],
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
          paths: [crdtIndex, ...platformModules("react", "react-dom", "dexie", "electron", "ws", "@automerge/automerge-repo", "@chapterhouse/sync-server", "@chapterhouse/renderer", "@chapterhouse/electron")],
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
          paths: [crdtIndex, ...platformModules("react", "react-dom", "dexie", "electron", "@chapterhouse/sync-server", "@chapterhouse/renderer", "@chapterhouse/electron")],
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
            crdtIndex,
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
            crdtIndex,
            { name: "@chapterhouse/electron", message: "renderer reaches Electron only through the preload bridge (DESIGN.md §2)." },
            { name: "@chapterhouse/sync-server", message: "renderer reaches relays only over WebSocket (DESIGN.md §2)." },
            { name: "@chapterhouse/crdt/cli", message: "renderer runs in a browser: the CLI's files and folders are Node's." },
            { name: "electron", message: "renderer reaches Electron only through the preload bridge (DESIGN.md §2)." },
          ],
          patterns: [otherPackageSource, { group: ["node:*"], message: "renderer runs in a browser: no Node API." }],
        },
      ],
    },
  },
  {
    // Inside the renderer the arrows point one way (docs/ARCHITECTURE.md, "Inside renderer/"):
    // a feature imports the shared layers, libraries and another feature only through that
    // feature's index.ts; the shared layers import no feature and not the app; only the
    // composition root (src/app/) imports every feature. Tests may reach inside what they test.
    files: ["renderer/src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/test-helpers/**"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": RENDERER_ELEMENTS,
      "import/resolver": { typescript: { project: "renderer/tsconfig.json" } },
    },
    rules: { "boundaries/dependencies": ["error", { default: "allow", policies: RENDERER_ARROWS }] },
  },
  {
    // Renderer tests drive Chromium from Node and start a real relay: Node APIs and the relay
    // package are allowed there, never in the app itself.
    files: ["renderer/test/**/*.{ts,tsx}", "renderer/src/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [crdtIndex], patterns: [otherPackageSource] }] },
  },
  {
    // Every user-visible text goes through the i18n layer (docs/ARCHITECTURE.md, "UI kit and
    // translations"): no literal words in JSX, nor in the attributes people read or hear.
    // Every screen is in scope; the ones written before the i18n layer are listed in
    // NOT_YET_TRANSLATED until they are translated.
    files: ["renderer/src/app/**/*.tsx", "renderer/src/features/**/*.tsx", "renderer/src/shared/**/*.tsx"],
    ignores: ["**/*.test.tsx", "**/test-helpers/**", ...NOT_YET_TRANSLATED],
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
    files: ["*.js", "bench/**/*.js", "*/bin/*.js", "*/scripts/*.js", "**/*.mjs"],
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
