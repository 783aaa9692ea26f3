/**
 * One `chapterhouse` subcommand (PROTOCOL.md T18). A command is a function from its
 * arguments and input to its output and exit code; main.ts does the actual I/O, so commands
 * are tested in-process.
 */

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
/** Something failed that is not the caller's fault (a bug, an I/O error). */
export const EXIT_FAILURE = 1;
/** The caller's fault: bad arguments or bad input. */
export const EXIT_USAGE = 2;

/** What a command produced. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Largest input a command reads, from a file or standard input alike, in bytes (V10.3): a
 * JavaScript string holds at most about 512 MiB.
 */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** The I/O a command may ask for. Add members here when a command needs more (files, clock). */
export interface CommandIo {
  /**
   * All of standard input, decoded as UTF-8.
   * @throws {Error} if it cannot be read, is not UTF-8, or holds more than `maxBytes` bytes
   *   (reading stops there).
   */
  readStdin(maxBytes: number): Promise<string>;
}

/** A subcommand: `chapterhouse <name> [args]` (its one-line summary is in the command table). */
export interface Command {
  readonly name: string;
  /** The full help, printed by `chapterhouse <name> --help`. */
  readonly help: string;
  /** Runs the command. Reports failures through the result; never throws. */
  run(args: readonly string[], io: CommandIo): Promise<CommandResult>;
}
