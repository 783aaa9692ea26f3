#!/usr/bin/env node
// The `chapterhouse` command. npm links this file when it installs the package, before
// `npm run build` has bundled the CLI it runs (../dist/cli-bundle/main.js, made from
// ../dist/cli/ by crdt/scripts/bundle-cli.js): say so if it is missing.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli-bundle/main.js", import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write("chapterhouse: the command is not built yet: run `npm run build` first.\n");
  process.exitCode = 1;
}
