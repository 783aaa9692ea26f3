#!/usr/bin/env node
/**
 * `chapterhouse <command> [args]`: the entry point. It only does I/O; the command table and
 * dispatcher are in commands.ts (add new commands there), each command in its own file.
 */
import { EXIT_FAILURE } from "./command.js";
import { runCli } from "./commands.js";

async function readStdin(): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  // fatal: invalid UTF-8 is refused, not replaced with U+FFFD.
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

try {
  const result = await runCli(process.argv.slice(2), { readStdin });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (error) {
  process.stderr.write(`chapterhouse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT_FAILURE;
}
