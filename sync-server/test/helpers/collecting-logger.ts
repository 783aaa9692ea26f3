import type { LogEntry, RelayLogger } from "../../src/relay-logger.js";

/** A logger that keeps every entry and lets a test wait for one. */
export interface CollectingLogger {
  readonly logger: RelayLogger;
  readonly entries: LogEntry[];
  /** Resolves with the first entry (past or future) matching `predicate`. */
  waitFor(predicate: (entry: LogEntry) => boolean): Promise<LogEntry>;
}

export function collectingLogger(): CollectingLogger {
  const entries: LogEntry[] = [];
  const waiters: { predicate: (entry: LogEntry) => boolean; resolve: (entry: LogEntry) => void }[] = [];
  const logger: RelayLogger = (entry) => {
    entries.push(entry);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(entry)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(entry);
      }
    }
  };
  return {
    logger,
    entries,
    waitFor: (predicate) => {
      const found = entries.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ predicate, resolve }));
    },
  };
}
