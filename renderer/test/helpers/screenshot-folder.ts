import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * The folder the end-to-end tests write their screenshots to: `test-results/screenshots`
 * (ignored by git), so running the tests changes no tracked file; or, for `npm run screenshots`,
 * which refreshes the README's pictures, the folder `CHAPTERHOUSE_SCREENSHOTS` names (relative
 * to the repository's root: `docs/screenshots`).
 */
export function screenshotFolder(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(repositoryRoot, env["CHAPTERHOUSE_SCREENSHOTS"] ?? "test-results/screenshots");
}
