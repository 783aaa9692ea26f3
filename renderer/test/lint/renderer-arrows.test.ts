/**
 * The renderer's arrows (docs/ARCHITECTURE.md, "Inside renderer/") as eslint.config.js lints
 * them: each broken arrow, written as a one-line file, is an error; each allowed one is not.
 */
import { ESLint, type Linter } from "eslint";
import boundaries from "eslint-plugin-boundaries";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const RULE = "boundaries/dependencies";
let arrows: ESLint;

/** The errors of the arrows rule on a file at `path` holding `code`. */
async function arrowErrors(path: string, code: string): Promise<string[]> {
  const [result] = await arrows.lintText(`${code}\nexport const used = [a];\n`, { filePath: join(root, path) });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

beforeAll(async () => {
  // The repository's own configuration, as it applies to a feature's file: its settings and
  // the rule's options, run alone (the type-aware rules need files that exist).
  const config = (await new ESLint({ cwd: root }).calculateConfigForFile(join(root, "renderer/src/features/votes/VoteSection.tsx"))) as Linter.Config;
  const options = config.rules?.[RULE];
  expect(options).toBeDefined();
  arrows = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
      { files: ["renderer/src/**/*.ts"], plugins: { boundaries }, settings: config.settings ?? {}, rules: { [RULE]: options! } },
    ],
  });
});

describe("the renderer's arrows", () => {
  it("a feature may not import another feature's internals, not even a type: only its index.ts", async () => {
    expect(await arrowErrors("renderer/src/features/votes/fixture.ts", 'import { MemberSpace as a } from "../organisation/member-space.js";')).toHaveLength(1);
    expect(await arrowErrors("renderer/src/features/votes/fixture.ts", 'import type { MemberSpace as a } from "../organisation/member-space.js";')).toHaveLength(1);
    expect(await arrowErrors("renderer/src/features/votes/components/fixture.ts", 'import { proposalPath as a } from "../../proposals/paths.js";')).toHaveLength(1);
    expect(await arrowErrors("renderer/src/features/votes/fixture.ts", 'import { MemberSpace as a } from "../organisation/index.js";')).toEqual([]);
  });

  it("a feature may import its own files, the shared layers and libraries", async () => {
    expect(await arrowErrors("renderer/src/features/votes/fixture.ts", 'import { VoteSection as a } from "./VoteSection.js";')).toEqual([]);
    expect(await arrowErrors("renderer/src/features/votes/fixture.ts", 'import { openLocalDb as a } from "../../shared/data/local-db.js";')).toEqual([]);
    expect(await arrowErrors("renderer/src/features/votes/fixture.ts", 'import { useState as a } from "react";')).toEqual([]);
  });

  it("a feature may not import the app; a shared layer may import neither a feature nor the app", async () => {
    expect(await arrowErrors("renderer/src/features/votes/fixture.ts", 'import { App as a } from "../../app/App.js";')).toHaveLength(1);
    expect(await arrowErrors("renderer/src/shared/data/fixture.ts", 'import { voteRoutes as a } from "../../features/votes/index.js";')).toHaveLength(1);
    expect(await arrowErrors("renderer/src/shared/routing/fixture.ts", 'import { App as a } from "../../app/App.js";')).toHaveLength(1);
    expect(await arrowErrors("renderer/src/shared/data/fixture.ts", 'import { navigate as a } from "../routing/navigate.js";')).toEqual([]);
  });

  it("the composition root may import every feature", async () => {
    expect(await arrowErrors("renderer/src/app/fixture.ts", 'import { MemberSpace as a } from "../features/organisation/member-space.js";')).toEqual([]);
  });

  it("tests are outside the arrows: they may reach inside what they test", async () => {
    const config = (await new ESLint({ cwd: root }).calculateConfigForFile(join(root, "renderer/src/features/votes/vote-flow.test.ts"))) as Linter.Config;
    expect(config.rules?.[RULE]).toBeUndefined();
  });
});
