/**
 * The `chapterhouse` command table and dispatcher. To add a command (demo, simulate, verify,
 * export, import…), write it as a Command in its own file and list it in COMMANDS.
 */
import { EXIT_OK, EXIT_USAGE, type Command, type CommandIo, type CommandResult } from "./command.js";
import { tallyCommand } from "./tally-command.js";
import { exportCommand } from "./export-command.js";
import { importCommand } from "./import-command.js";
import { demoCommand } from "./demo-command.js";
import { simulateCommand } from "./simulate-command.js";
import { verifyCommand } from "./verify-command.js";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [tallyCommand, verifyCommand, simulateCommand, demoCommand, exportCommand, importCommand];

/** The top-level help. */
export function usage(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: chapterhouse <command> [args]\n\nCommands:\n${lines.join("\n")}\n\nRun \`chapterhouse <command> --help\` for a command's help.\n`;
}

/**
 * Runs `chapterhouse <command> [args]`: `--help` lists the commands; an unknown or missing
 * command is a usage error (exit 2). Never throws.
 */
export async function runCli(argv: readonly string[], io: CommandIo, commands: readonly Command[] = COMMANDS): Promise<CommandResult> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") return { code: EXIT_OK, stdout: usage(commands), stderr: "" };
  if (name === undefined) return { code: EXIT_USAGE, stdout: "", stderr: `chapterhouse: no command given\n\n${usage(commands)}` };
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    return { code: EXIT_USAGE, stdout: "", stderr: `chapterhouse: unknown command ${JSON.stringify(name)}\n\n${usage(commands)}` };
  }
  return command.run(args, io);
}
