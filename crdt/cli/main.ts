#!/usr/bin/env node
/**
 * `chapterhouse <command> [args]`: the entry point. It only does I/O; the command table and
 * dispatcher are in commands.ts (add new commands there), each command in its own file.
 */
import { setFlagsFromString } from "node:v8";
import { EXIT_FAILURE } from "./command.js";
import { runCli } from "./commands.js";
import { readUtf8 } from "./read-utf8.js";

// On a machine with much memory V8 lets the heap grow to several times what is live before it
// collects: verifying 100,000 ballots peaked at 1.03-1.20 GiB for 0.5 GiB live. Growing by half
// at most keeps it at 0.75-0.85 GiB for about 7% more time (measured with bench/votes.js).
setFlagsFromString("--heap-growing-percent=50");

try {
  const result = await runCli(process.argv.slice(2), { readStdin: (maxBytes) => readUtf8(process.stdin, maxBytes) });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (error) {
  process.stderr.write(`chapterhouse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT_FAILURE;
}
