/** One structured log line: a level, an event name and flat fields. Never message content. */
export interface LogEntry {
  readonly level: "info" | "warn" | "error";
  readonly event: string;
  readonly [field: string]: string | number | boolean | undefined;
}

/** Where the relay writes its log (PROTOCOL.md W4.2). Injected: tests collect entries. */
export type RelayLogger = (entry: LogEntry) => void;

/**
 * A logger writing one JSON object per line (`time` first, as ISO 8601) to `write`,
 * by default standard error. Never throws: a field that can't be serialised is dropped.
 */
export function jsonLinesLogger(
  write: (line: string) => void = (line) => void process.stderr.write(line),
  now: () => Date = () => new Date(),
): RelayLogger {
  return (entry) => {
    let line: string;
    try {
      line = JSON.stringify({ time: now().toISOString(), ...entry });
    } catch {
      line = JSON.stringify({ time: now().toISOString(), level: entry.level, event: entry.event });
    }
    write(`${line}\n`);
  };
}

/** A logger that drops everything. */
export const silentLogger: RelayLogger = () => undefined;
