#!/usr/bin/env node
// The `chapterhouse-relay` command. npm links this file when it installs the package, before
// `npm run build` has compiled the relay it runs (../dist/cli.js): say so if it is missing.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write("chapterhouse-relay: the relay is not built yet: run `npm run build` first.\n");
  process.exitCode = 1;
}
