import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";

/** The JSON lines a child prints, awaited one condition at a time (no timers: the test's timeout bounds it). */
export function jsonLines(child: ChildProcessWithoutNullStreams): {
  next(matches: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  stderr(): string;
} {
  const seen: Record<string, unknown>[] = [];
  const waiting: {
    matches: (line: Record<string, unknown>) => boolean;
    resolve: (line: Record<string, unknown>) => void;
  }[] = [];
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  createInterface({ input: child.stdout }).on("line", (text) => {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    seen.push(line);
    for (const waiter of [...waiting]) {
      if (waiter.matches(line)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  return {
    next: (matches) => {
      const found = seen.find(matches);
      if (found) {
        seen.splice(seen.indexOf(found), 1);
        return Promise.resolve(found);
      }
      return new Promise((resolve) => waiting.push({ matches, resolve }));
    },
    stderr: () => errors,
  };
}
