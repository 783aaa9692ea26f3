#!/usr/bin/env node
/**
 * `chapterhouse <command> [args]`: the entry point. It only does I/O; the command table and
 * dispatcher are in commands.ts (add new commands there), each command in its own file.
 */
import { EXIT_FAILURE } from "./command.js";
import { runCli } from "./commands.js";
import { readUtf8 } from "./read-utf8.js";

try {
  const result = await runCli(process.argv.slice(2), { readStdin: (maxBytes) => readUtf8(process.stdin, maxBytes) });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (error) {
  process.stderr.write(`chapterhouse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT_FAILURE;
}
