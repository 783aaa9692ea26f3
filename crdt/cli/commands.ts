/**
 * The `chapterhouse` command table and dispatcher. To add a command (demo, simulate, verify,
 * export, import…), write it as a Command in its own file and list it in COMMANDS.
 */
import { EXIT_OK, EXIT_USAGE, type Command, type CommandIo, type CommandResult } from "./command.js";

/**
 * A command as the table lists it. Its module is loaded only when it runs, so that a command
 * starts without loading what the others need (`verify` of 10,000 ballots: issue 15).
 */
export interface ListedCommand {
  readonly name: string;
  /** One line for `chapterhouse --help`. */
  readonly summary: string;
  /** @throws whatever importing the command's module throws (a broken install). */
  load(): Promise<Command>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly ListedCommand[] = [
  { name: "tally", summary: "tally one vote: JSON on stdin, result as JSON on stdout", load: async () => (await import("./tally-command.js")).tallyCommand },
  { name: "verify", summary: "verify one vote from a vote bundle; the report as JSON on stdout", load: async () => (await import("./verify-command.js")).verifyCommand },
  { name: "simulate", summary: "write a complete signed sample vote as a vote bundle", load: async () => (await import("./simulate-command.js")).simulateCommand },
  { name: "demo", summary: "simulate, sign and verify a small vote, and summarise it", load: async () => (await import("./demo-command.js")).demoCommand },
  { name: "export", summary: "write documents into one bundle file (sync by file)", load: async () => (await import("./export-command.js")).exportCommand },
  { name: "import", summary: "merge the documents of a bundle file into a folder (sync by file)", load: async () => (await import("./import-command.js")).importCommand },
];

/** The top-level help. */
export function usage(commands: readonly ListedCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: chapterhouse <command> [args]\n\nCommands:\n${lines.join("\n")}\n\nRun \`chapterhouse <command> --help\` for a command's help.\n`;
}

/**
 * Runs `chapterhouse <command> [args]`: `--help` lists the commands; an unknown or missing
 * command is a usage error (exit 2). Never throws.
 */
export async function runCli(argv: readonly string[], io: CommandIo, commands: readonly ListedCommand[] = COMMANDS): Promise<CommandResult> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") return { code: EXIT_OK, stdout: usage(commands), stderr: "" };
  if (name === undefined) return { code: EXIT_USAGE, stdout: "", stderr: `chapterhouse: no command given\n\n${usage(commands)}` };
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    return { code: EXIT_USAGE, stdout: "", stderr: `chapterhouse: unknown command ${JSON.stringify(name)}\n\n${usage(commands)}` };
  }
  return (await command.load()).run(args, io);
}
